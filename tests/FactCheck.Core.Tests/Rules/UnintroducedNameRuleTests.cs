using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class UnintroducedNameRuleTests
{
    private static readonly UnintroducedNameRule Rule = new();

    [Theory]
    [InlineData("""
        Budget talks resume

        The talks resumed on Monday. [|Zinchenko|] said the coalition was close to a deal, and Zinchenko later repeated it.
        """)]
    public void Flags_the_first_surname_only_mention_of_someone_never_introduced(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // Introduced by full name later in the article still counts as introduced.
    [InlineData("""
        Budget talks resume

        Zinchenko said the coalition was close to a deal. Finance Minister Olena Zinchenko spoke after the meeting.
        """)]
    // Headline-only surnames are exempt.
    [InlineData("""
        Zinchenko: budget deal close

        The talks resumed on Monday in the capital, officials said.
        """)]
    // A drifted name is reported by name-mismatch, not here.
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu arrived on Monday.
        Davutoglu highlighted that the talks would continue.
        """)]
    // Another spelling of an introduced surname is name-spelling-variant's, whether or not the recognizer saw a person.
    [InlineData("""
        Harbour commissioner Pavel Dusek opened the terminal.
        Later Dosek said the cranes were late.
        """)]
    public void Does_not_flag_introduced_headline_or_drifted_names(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);
}
