using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr")]
    [InlineData("dr")]
    [InlineData("Maj")]
    [InlineData("Pres")]
    [InlineData("Sept")]
    [InlineData("Thurs")]
    [InlineData("Inc")]
    [InlineData("e.g")]
    [InlineData("E.G")]
    [InlineData("Sun")]
    [InlineData("No")]
    public void Knows_titles_months_weekdays_companies_and_latin(string word) => Assert.True(Abbreviations.Contains(word));

    [Theory]
    [InlineData("sun")]
    [InlineData("no")]
    [InlineData("fig")]
    [InlineData("said")]
    [InlineData("M")]
    [InlineData("")]
    public void An_ordinary_word_in_lower_case_is_no_abbreviation(string word) => Assert.False(Abbreviations.Contains(word));

    [Fact]
    public void An_entry_written_with_a_capital_counts_only_when_capitalized()
    {
        var list = Abbreviations.Load(["gen", "Sun"]);

        Assert.False(list["gen"]);
        Assert.True(list["SUN"]);
        Assert.Contains("Sun", Abbreviations.All);
        Assert.Contains("mr", Abbreviations.All);
    }
}
