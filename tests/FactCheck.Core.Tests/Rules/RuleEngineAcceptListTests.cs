using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class RuleEngineAcceptListTests
{
    private const string Text = "The defence ministers met. Later the defence ministers left. Turkish Defense Minister Akar spoke.";

    [Theory]
    [InlineData("Defense")]
    [InlineData("defense")]
    [InlineData(" DEFENSE ")]
    public void An_accepted_word_never_flags_whatever_its_case(string accepted)
    {
        Assert.Single(RuleHarness.Run(new SpellingVariantRule(), Text));
        Assert.Empty(RuleHarness.Run(new SpellingVariantRule(), Text, new CheckSettings { AcceptedWords = [accepted] }));
    }

    [Fact]
    public void Accepted_phrases_match_the_whole_flagged_text_only()
    {
        var settings = new CheckSettings { AcceptedWords = ["Defense Minister", "defen"] };
        Assert.Single(RuleHarness.Run(new SpellingVariantRule(), Text, settings));
        var stray = new CheckSettings { AcceptedWords = ["Logo Wide"] };
        Assert.Empty(RuleHarness.Run(new StrayLineRule(), "Logo Wide\n\nHeadline Here\n\nThe body sentence is here.", stray));
    }
}
