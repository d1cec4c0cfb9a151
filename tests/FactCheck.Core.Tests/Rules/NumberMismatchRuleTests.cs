using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class NumberMismatchRuleTests
{
    private readonly NumberMismatchRule _rule = new();

    [Theory]
    [InlineData("Turkey shares a 950-kilometre border with Syria. Patrols guard the [|911 km border|].")]
    [InlineData("Twelve people were killed in the blast. Officials named the [|14 killed|] on Friday.")]
    [InlineData("12 people were killed in the blast. Officials said [|fourteen people died|] in the blast.")]
    [InlineData("The storm injured 30 people. Hospitals treated [|31 injured|] overnight.")]
    [InlineData("The blast killed 12 people. Officials named the [|14 dead|] on Friday.")]
    [InlineData("A 1,200 km pipeline links the fields. The [|1,300-kilometer pipeline|] will carry gas.")]
    [InlineData("Officers seized 2.5 tonnes cocaine. The [|3 tonnes cocaine|] was burned.")]
    public void Flags_the_same_quantity_with_a_different_number(string marked)
    {
        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(_rule, marked));
        Assert.Single(flag.Related);
        Assert.Null(flag.Suggestion);
    }

    [Theory]
    [InlineData("Turkey shares a 950-kilometre border with Syria. The 950 km border is long.")]
    [InlineData("Twelve people were killed in the blast. The 12 killed were named.")]
    [InlineData("Two people were killed in Kabul. Five people were killed in Herat.")]
    [InlineData("Syria has a 911 km border with Turkey and a 600 km border with Iraq.")]
    [InlineData("Turkey has a 911 km border with Syria. Iran has a 534 km border with Turkey.")]
    [InlineData("At least 12 people were killed. The 14 killed were named.")]
    [InlineData("12 people were killed on Monday. The death toll rose to 14 killed.")]
    [InlineData("Five soldiers were killed. Three civilians were killed.")]
    [InlineData("Twelve people were killed. Two of the 12 killed were children.")]
    [InlineData("Twelve people were killed. Six deaths were of children.")]
    [InlineData("The city reported a 95% vaccination rate. The minister wanted a 100% vaccination rate.")]
    [InlineData("The road is 5 km north of Raqqa. The village is 10 km north of Aleppo.")]
    [InlineData("In 2019 12 people were killed. In 2020 14 people were killed.")]
    [InlineData("Officials said 12 people were killed. Another explosion followed; three people were killed.")]
    [InlineData("He was 41 years old. His daughter was 13 years old.")]
    [InlineData("She won a 10 km race in May. She then won a 5 km race.")]
    [InlineData("She ran the 5 km race. He ran the 10 km race. They skipped the 21 km race.")]
    [InlineData("Twelve people were killed in Kabul. Hospitals named the 14 killed in Herat.")]
    public void Does_not_flag_different_things_approximations_or_updates(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void Message_and_evidence_carry_the_unit_noun_and_both_numbers()
    {
        var flag = Assert.Single(RuleHarness.Run(_rule, "Turkey shares a 950-kilometre border with Syria. Patrols guard the 911 km border."));
        Assert.Equal("'911 km border' here but '950-kilometre border' earlier: the same border in km given as 950 and 911; check which is right", flag.Message);
        Assert.Equal("950-kilometre border", flag.Related[0].Text);
    }
}
