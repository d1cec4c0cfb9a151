using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class RoleConflictRuleTests
{
    private static readonly RoleConflictRule Rule = new();

    [Theory]
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow.
        Later, [|Turkish Foreign Minister|] Ahmet Davutoglu said the talks would continue.
        """)]
    // One person, two portfolios.
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow.
        [|Turkish Defence Minister|] Mevlut Cavusoglu confirmed the plan.
        """)]
    public void Flags_one_office_with_two_holders_or_one_person_with_two_offices(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // Nationality qualifiers distinguish roles.
    [InlineData("""
        Russian Foreign Minister Sergey Lavrov met Syrian Foreign Minister Faisal al-Mekdad and Turkish Foreign Minister Mevlut Cavusoglu.
        """)]
    // A role without nationality is not assumed to be the same country's.
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu spoke. Foreign Minister Faisal al-Mekdad replied.
        """)]
    // Former, deputy and acting holders coexist with the holder.
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu met former Turkish Foreign Minister Ahmet Davutoglu.
        Turkish Deputy Foreign Minister Sedat Onal and acting Turkish Foreign Minister Yasar Yakis also attended.
        """)]
    // Defence and Defense are one office.
    [InlineData("""
        Turkish Defense Minister Hulusi Akar spoke. Turkish Defence Minister Hulusi Akar later confirmed it.
        """)]
    public void Does_not_flag_distinct_or_qualified_roles(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);
}
