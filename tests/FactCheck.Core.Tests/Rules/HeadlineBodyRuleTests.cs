using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class HeadlineBodyRuleTests
{
    private static readonly HeadlineBodyRule Rule = new();

    [Theory]
    [InlineData("""
        [|Davutoglu|]: talks with Russia will resume after elections

        Turkish Foreign Minister Mevlut Cavusoglu said on Monday that talks would resume. Cavusoglu spoke in Ankara.
        """)]
    [InlineData("""
        Minister [|Anna Lindqvist|] resigns over budget row

        Finance Minister Ebba Holmberg resigned on Tuesday, officials said.
        """)]
    public void Flags_a_headline_name_the_body_lacks_or_spells_differently(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    [InlineData("""
        Cavusoglu: talks with Russia will resume after elections

        Turkish Foreign Minister Mevlut Cavusoglu said on Monday that talks would resume.
        """)]
    [InlineData("""
        Former basketball player Kobe Bryant dies in helicopter crash

        Kobe Bryant, 41, died on Sunday with his daughter Gianna, officials said.
        """)]
    public void Does_not_flag_headline_names_the_body_has(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Fact]
    public void Suggests_the_body_spelling_for_a_drifted_headline_name()
    {
        var flag = Assert.Single(RuleHarness.Run(Rule, """
            Davutoglu: talks with Russia will resume after elections

            Turkish Foreign Minister Mevlut Cavusoglu said on Monday that talks would resume.
            """));

        Assert.Equal("Cavusoglu", flag.Suggestion);
    }
}
