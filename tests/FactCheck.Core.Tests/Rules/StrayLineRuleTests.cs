using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class StrayLineRuleTests
{
    private readonly StrayLineRule _rule = new();

    private const string Body = "The ministers met in Moscow on Tuesday and agreed to meet again next month.";

    [Theory]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Turkey Kills SDF Leader North of Raqqa|]\n\n" + Body)]
    [InlineData("[|Logo Wide|]\n\nMinisters Meet in Moscow\n\n" + Body + "\n\n[|Helpful keywords|]")]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Read more:|]\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Storm Batters Coast as 2 Ferries Cancelled|]\n\n" + Body + "\n\n" + Body)]
    public void Flags_pasted_headlines_and_page_furniture(string marked) => RuleHarness.AssertFlagsExactly(_rule, marked);

    [Theory]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n" + Body)]
    [InlineData("Former basketball player dies in helicopter crash, aged 41\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\nThe minister left early\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\nMinisters Leave Moscow")]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n\"We Will Return,\" He Said.\n\n" + Body)]
    public void Does_not_flag_headlines_sentences_or_trailing_titles(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void A_leading_furniture_line_does_not_make_the_real_headline_stray()
    {
        var flags = RuleHarness.AssertFlagsExactly(_rule, "[|Logo|]\n\nMinisters Meet in Moscow\n\n" + Body + "\n\n" + Body);
        Assert.Contains("furniture", flags[0].Message, StringComparison.Ordinal);
    }
}
