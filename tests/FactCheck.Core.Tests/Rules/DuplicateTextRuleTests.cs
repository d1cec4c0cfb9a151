using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class DuplicateTextRuleTests
{
    private readonly DuplicateTextRule _rule = new();

    [Theory]
    [InlineData("Floods Close Schools Across Three Northern Provinces\n\nHeavy rain fell.\n\n[|Floods Close Schools Across Three Northern Provinces|]\n\nMore rain is due.")]
    [InlineData("Headline\n\nThe council voted to close the old bridge on Monday. It will reopen in May.\n\nResidents protested. [|The council voted to close the old bridge on Monday.|]")]
    [InlineData("Headline\n\nThe council voted to close the old bridge on Monday.\n\n[|THE COUNCIL  voted to close the old bridge on monday!|]")]
    [InlineData("Headline\n\nOn a wet morning in the port town the mayor said that the new sea wall would be finished before the winter storms arrived.\n\nEngineers doubted it, and one of them wrote [|that the new sea wall would be finished before the winter storms arrived|] only on paper.")]
    [InlineData("Headline\n\nMekdad said the aim of the talks was ending any form of illegal military presence on Syrian territory.\n\nThe minister stressed [|ending any form of illegal military presence on Syrian territory|], including foreign troops.")]
    public void Flags_the_later_copy(string marked)
    {
        var flags = RuleHarness.AssertFlagsExactly(_rule, marked);
        Assert.All(flags, f => Assert.Single(f.Related));
        Assert.All(flags, f => Assert.True(f.Related[0].Offset < f.Location.Offset));
    }

    [Theory]
    [InlineData("Headline\n\nHe declined to comment.\n\nShe declined to comment. He declined to comment.")]
    [InlineData("Headline\n\nThe council voted to close the old bridge on Monday.\n\nThe council voted to close the new bridge on Tuesday.")]
    [InlineData("Headline\n\nThe United Nations High Commissioner for Refugees said camps were full.\n\nThe United Nations High Commissioner for Refugees opened a camp.")]
    public void Does_not_flag_short_or_different_sentences(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void A_repeated_paragraph_is_one_flag_not_one_per_sentence()
    {
        var flag = Assert.Single(RuleHarness.Run(_rule, "Headline\n\nThe storm hit the coast at dawn on Sunday. Power failed in six towns.\n\nThe storm hit the coast at dawn on Sunday. Power failed in six towns."));
        Assert.Equal("this paragraph repeats line 3 word for word", flag.Message);
    }
}
