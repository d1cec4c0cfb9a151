using FactCheck.Core.Rules;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Tests.Rules;

public sealed class SpellingVariantRuleTests
{
    private readonly SpellingVariantRule _rule = new();

    [Theory]
    [InlineData("The defence ministers met. Later the defence ministers left. Turkish [|Defense|] Minister Hulusi Akar spoke.")]
    [InlineData("The [|color|] of the flag and the colour of the sky and the colour of the sea.")]
    [InlineData("They organise rallies and organised a march; others [|organized|] a vigil.")]
    [InlineData("A 950-kilometre border, a 20-kilometre buffer and a 30-[|kilometer|] zone.")]
    [InlineData("He travelled to Paris and travelled on to Rome before he [|traveled|] home.")]
    [InlineData("The centre was closed. The [|center|] reopened.")]
    [InlineData("The defence budget and the defence plan rely on the [|defense|]’s allies.")]
    [InlineData("The [|Defence|] Minister spoke on defense, and defense was discussed.")]
    public void Flags_the_minority_spelling(string marked) => RuleHarness.AssertFlagsExactly(_rule, marked);

    [Theory]
    [InlineData("The defence ministers met and discussed defence.")]
    [InlineData("The Department of Defense said the defence budget grew.")]
    [InlineData("The World Health Organization praised the organisation of the vaccination campaign.")]
    [InlineData("The Labour Party said the labor market and labor unions were weak.")]
    [InlineData("Voters backed Labour, and the labor unions cheered.")]
    [InlineData("The ship reached Pearl Harbor and the harbour master waved.")]
    [InlineData("Shoppers like the meter, the metre and the story of the storey.")]
    public void Does_not_flag_consistent_text_or_official_names(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void A_capitalised_name_does_not_count_as_a_spelling()
    {
        RuleHarness.AssertFlagsExactly(_rule, "He met Earl Grey near the grey building and the [|gray|] car.");
    }

    [Fact]
    public void Message_names_both_forms_with_counts_and_the_majority()
    {
        var flag = Assert.Single(RuleHarness.Run(_rule, "The defence ministers met. Later the defence ministers left. Turkish Defense Minister Akar spoke."));
        Assert.Equal("'defense' (1×) vs 'defence' (2×) in this article; majority: defence", flag.Message);
        Assert.Equal(2, flag.Related.Count);
        Assert.Null(flag.Suggestion);
    }

    [Fact]
    public void A_tie_is_settled_by_the_form_used_first()
    {
        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(_rule, "The colour was red; the [|color|] was red."));
        Assert.Contains("used first: colour", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void House_locale_flags_every_non_house_form_even_without_a_mix()
    {
        var settings = new CheckSettings { HouseLocale = "en-GB" };
        var flags = RuleHarness.AssertFlagsExactly(_rule, "The [|Defense|] Minister praised the [|organization|] of the [|defense|] forces.", settings);
        Assert.Equal(["Defence", "organisation", "defence"], flags.Select(f => f.Suggestion));
        Assert.StartsWith("use 'defence'", flags[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void House_locale_en_US_keeps_american_forms()
    {
        var settings = new CheckSettings { HouseLocale = "en-US" };
        RuleHarness.AssertFlagsExactly(_rule, "The defense of the [|centre|] was organized well.", settings);
    }

    [Fact]
    public void Configured_exemptions_take_official_names_out_of_the_count()
    {
        var settings = new CheckSettings { SpellingExemptions = ["Harbour Authority Board"] };
        Assert.Empty(RuleHarness.Run(_rule, "The Harbour Authority Board met in the harbor.", settings));
        Assert.Single(RuleHarness.Run(_rule, "The Harbour Authority Board met in the harbor."));
    }

    [Fact]
    public void Shipped_list_has_several_hundred_pairs_and_no_word_on_both_sides()
    {
        var variants = SpellingVariants.Default;
        Assert.True(variants.Pairs.Count >= 500, $"only {variants.Pairs.Count} pairs");
        var american = variants.Pairs.Select(p => p.American).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(variants.Pairs, p => american.Contains(p.British));
        Assert.True(variants.TryFind("Defence", out var pair));
        Assert.Equal(new SpellingVariantPair("defense", "defence"), pair);
        foreach (var trap in new[] { "meter", "tire", "curb", "check", "story", "practice", "license" })
        {
            Assert.False(variants.TryFind(trap, out _), trap);
        }
    }
}
