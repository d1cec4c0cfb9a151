using FactCheck.Core.Model;

namespace FactCheck.Cli.Tests;

public sealed class OptionParsersTests
{
    [Theory]
    [InlineData("2048", 2048L)]
    [InlineData("10MB", 10L * 1024 * 1024)]
    [InlineData("10mb", 10L * 1024 * 1024)]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("512 KiB", 512L * 1024)]
    [InlineData("1.5M", 1572864L)]
    [InlineData("1GB", 1L << 30)]
    [InlineData("300B", 300L)]
    public void Sizes_parse_with_binary_suffixes(string text, long expected)
    {
        Assert.True(OptionParsers.TryParseSize(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-5MB")]
    [InlineData("0")]
    [InlineData("ten")]
    [InlineData("10XB")]
    public void Bad_sizes_are_refused(string text)
    {
        Assert.False(OptionParsers.TryParseSize(text, out _));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData(" 2H ", 7200)]
    [InlineData("0", 0)]
    [InlineData("off", 0)]
    public void Intervals_parse_with_a_unit_or_turn_off(string text, int seconds)
    {
        Assert.True(OptionParsers.TryParseInterval(text, out var interval));
        Assert.Equal(TimeSpan.FromSeconds(seconds), interval);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("-5m")]
    [InlineData("1.5m")]
    [InlineData("5d")]
    [InlineData("0s")]
    public void Bad_intervals_are_refused(string text)
    {
        Assert.False(OptionParsers.TryParseInterval(text, out _));
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("info", Severity.Info)]
    [InlineData("WARNING", Severity.Warning)]
    [InlineData("error", Severity.Error)]
    public void Fail_on_parses(string text, Severity? expected)
    {
        Assert.True(OptionParsers.TryParseFailOn(text, out var threshold));
        Assert.Equal(expected, threshold);
    }

    [Theory]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("27.11.2026", false)]
    public void Dates_must_be_iso(string text, bool valid)
    {
        Assert.Equal(valid, OptionParsers.TryParseDate(text, out _));
    }
}
