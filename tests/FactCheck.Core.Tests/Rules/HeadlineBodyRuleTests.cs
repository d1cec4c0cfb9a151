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
    // A drifted surname no list knows, in a title-case headline: the recognizer need not call it a person.
    [InlineData("""
        Harbour Plan Wins Backing As [|Morberk|] Rallies Council

        Councillor Anders Morberg presented the harbour plan on Tuesday. Morberg said the vote would be close.
        """)]
    [InlineData("""
        [|Morberk|]'s harbour plan passes by two votes

        Councillor Anders Morberg presented the harbour plan on Tuesday. Morberg said the vote would be close.
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
    // Capitalized headline words that a list or the dictionary explains are not drifts of a similar surname.
    [InlineData("""
        Harbour Plan Wins Backing In Norway

        Councillor Anders Norway presented the harbour plan on Tuesday. Norway said the vote would be close.
        """)]
    [InlineData("""
        Banker Resigns After Audit

        Chief executive Hanna Bunker resigned on Friday, the bank said. Bunker gave no reason.
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
