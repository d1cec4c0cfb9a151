using System.Globalization;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using SourceFormat = FactCheck.Core.Documents.DocumentFormat;

namespace FactCheck.Cli;

/// <summary>Parsing of option values with one-line messages saying what is accepted.</summary>
public static class OptionParsers
{
    private static readonly (string Suffix, long Factor)[] SizeSuffixes =
    [
        ("KIB", 1L << 10), ("MIB", 1L << 20), ("GIB", 1L << 30),
        ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30),
        ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30),
        ("B", 1L),
    ];

    /// <summary>"10MB", "512KB", "2048" (bytes). Suffixes are binary: 1 MB = 1,048,576 bytes, as the default 10 MB is.</summary>
    public static bool TryParseSize(string? text, out long bytes)
    {
        bytes = 0;
        var value = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        long factor = 1;
        foreach (var (suffix, multiplier) in SizeSuffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                value = value[..^suffix.Length].TrimEnd();
                factor = multiplier;
                break;
            }
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return false;
        }

        var total = number * factor;
        if (total > long.MaxValue || total < 1)
        {
            return false;
        }

        bytes = (long)total;
        return true;
    }

    /// <summary>"90s", "5m", "1h" (a positive whole number and a unit), or "0" / "off" for <see cref="TimeSpan.Zero"/>.</summary>
    public static bool TryParseInterval(string? text, out TimeSpan interval)
    {
        interval = TimeSpan.Zero;
        var value = text?.Trim().ToLowerInvariant();
        if (value is "0" or "off")
        {
            return true;
        }

        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return false;
        }

        Func<double, TimeSpan>? unit = value[^1] switch
        {
            's' => TimeSpan.FromSeconds,
            'm' => TimeSpan.FromMinutes,
            'h' => TimeSpan.FromHours,
            _ => null,
        };
        if (unit is null || !int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count > 100_000)
        {
            return false;
        }

        interval = unit(count);
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>error|warning|info, or none (null: never fail on findings).</summary>
    public static bool TryParseFailOn(string? text, out Severity? threshold) => SeverityNames.TryParseThreshold(text, out threshold);

    public static bool TryParseDocumentFormat(string? text, out SourceFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "text" or "txt":
                format = SourceFormat.PlainText;
                return true;
            case "md" or "markdown":
                format = SourceFormat.Markdown;
                return true;
            case "html" or "htm":
                format = SourceFormat.Html;
                return true;
            case "docx":
                format = SourceFormat.Docx;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
