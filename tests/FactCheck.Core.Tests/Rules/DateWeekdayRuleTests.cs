using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class DateWeekdayRuleTests
{
    private readonly DateWeekdayRule _rule = new();

    private static readonly CheckSettings In2023 = new() { ArticleDate = new DateOnly(2023, 5, 10) };

    [Theory]
    [InlineData("Talks began on [|Monday|], March 3, 2023 in Moscow.")]
    [InlineData("Talks began on [|Monday|] March 3rd 2023.")]
    [InlineData("The vote was held on [|Wednesday|] 4 April 2023.")]
    [InlineData("The vote was held on [|Saturday|], the 4th of April 2023.")]
    [InlineData("Protests began [|Friday|] (April 5, 2023) and spread.")]
    [InlineData("Protests began [|Friday|] (5 Apr. 2023) and spread.")]
    public void Flags_weekday_that_does_not_match_a_dated_year(string marked)
    {
        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(_rule, marked));
        Assert.Single(flag.Related);
        Assert.Null(flag.Suggestion);
    }

    [Theory]
    [InlineData("Talks began on Friday, March 3, 2023 in Moscow.")]
    [InlineData("The vote was held on Tuesday 4 April 2023.")]
    [InlineData("Protests began Wednesday (April 5, 2023) and spread.")]
    [InlineData("On Monday, March 3 talks began.")]
    [InlineData("Talks began on Monday. March 3 was chosen for the vote.")]
    [InlineData("On Monday, 12 people were injured.")]
    [InlineData("He visits every Monday, May 2000 to June 2001.")]
    public void Does_not_flag_matching_or_undated_weekdays(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void Takes_the_year_from_the_article_date_setting()
    {
        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(_rule, "On [|Monday|], March 3 talks began; on Wednesday, May 10 they ended.", In2023));
        Assert.Equal("'Monday' does not match 'March 3': March 3, 2023 is a Friday (year taken from the article's date)", flag.Message);
        Assert.Equal("March 3", flag.Related[0].Text);
    }

    [Fact]
    public void Takes_the_year_from_a_dateline()
    {
        RuleHarness.AssertFlagsExactly(_rule, "Talks end\n\nFriday, July 21, 2017\n\nTalks began on [|Monday|], July 18 and ended on Friday, July 21.");
        RuleHarness.AssertFlagsExactly(_rule, "Talks end\n\n21 July 2017\n\nTalks began on [|Monday|] 18 July.");
    }

    [Fact]
    public void Takes_the_year_from_metadata_when_nothing_else_gives_it()
    {
        var text = "Talks began on Monday, March 3.";
        var document = new ExtractedDocument("a.html", FactCheck.Core.Documents.DocumentFormat.PlainText, text, PlainTextBlocks.Split(text), SourceMap.Identity(text))
        {
            MetadataDate = new DateOnly(2025, 3, 4),
        };
        var analysis = PersonResolver.Analyze(document, new RecognitionResult([]));
        Assert.Empty(new RuleEngine([_rule]).Run(analysis, CheckSettings.Default));
        var dated = new ExtractedDocument("a.html", FactCheck.Core.Documents.DocumentFormat.PlainText, text, PlainTextBlocks.Split(text), SourceMap.Identity(text))
        {
            MetadataDate = new DateOnly(2023, 3, 4),
        };
        var flag = Assert.Single(new RuleEngine([_rule]).Run(PersonResolver.Analyze(dated, new RecognitionResult([])), CheckSettings.Default));
        Assert.Equal("Monday", flag.Location.Text);
    }

    [Fact]
    public void A_date_near_new_year_belongs_to_the_nearer_year()
    {
        var january2024 = new CheckSettings { ArticleDate = new DateOnly(2024, 1, 2) };
        Assert.Empty(RuleHarness.Run(_rule, "The fire started on Friday, December 29.", january2024));
        RuleHarness.AssertFlagsExactly(_rule, "The fire started on [|Saturday|], December 29.", january2024);
    }
}
