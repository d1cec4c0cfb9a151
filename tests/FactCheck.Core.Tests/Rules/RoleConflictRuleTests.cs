using FactCheck.Core.Names;
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

    private static readonly CheckSettings HouseRoles = CheckSettings.Default with
    {
        NameAuthority =
        [
            new NameAuthorityEntry("Mevlüt Çavuşoğlu") { Aliases = ["Mevlut Cavusoglu"], Role = "Foreign Minister", Nationality = "Turkish" },
            new NameAuthorityEntry("Faisal Mekdad") { Aliases = ["Faisal al-Mekdad"], Role = "Foreign Minister", Nationality = "Syrian" },
        ],
    };

    [Theory]
    // The authority's role and nationality against the text's.
    [InlineData("""
        [|Syrian Foreign Minister|] Mevlut Cavusoglu arrived in Moscow.
        """)]
    [InlineData("""
        [|Turkish Defence Minister|] Mevlut Cavusoglu arrived in Moscow.
        """)]
    // "Foreign Minister" with no country takes the authority's: two Turkish foreign ministers.
    [InlineData("""
        Foreign Minister Mevlut Cavusoglu arrived in Moscow.
        Later, [|Turkish Foreign Minister|] Ahmet Davutoglu said the talks would continue.
        """)]
    public void Flags_what_the_name_authority_role_contradicts(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked, HouseRoles);

    [Theory]
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu met Foreign Minister Faisal al-Mekdad.
        """)]
    [InlineData("""
        Foreign Minister Mevlut Cavusoglu arrived. Former Turkish Foreign Minister Ahmet Davutoglu was there too.
        """)]
    public void Does_not_flag_what_the_name_authority_role_agrees_with(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked, HouseRoles);

    [Fact]
    public void The_authority_flag_suggests_the_house_title()
    {
        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(Rule, "[|Syrian Foreign Minister|] Mevlut Cavusoglu arrived in Moscow.", HouseRoles));

        Assert.Equal("Turkish Foreign Minister", flag.Suggestion);
        Assert.Contains("the name authority lists Mevlüt Çavuşoğlu as Turkish Foreign Minister", flag.Message, StringComparison.Ordinal);
    }
}
