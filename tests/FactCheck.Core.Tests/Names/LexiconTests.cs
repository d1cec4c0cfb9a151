using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class LexiconTests
{
    private static readonly Lexicon Lists = Lexicon.FromLists(new Dictionary<string, string[]>
    {
        ["given-names"] = ["mevlut"],
        ["given-names-ambiguous"] = ["will"],
        ["surnames"] = ["cavusoglu"],
        ["surnames-ambiguous"] = ["white"],
        ["people-names"] = ["mekdad"],
        ["titles"] = ["mr", "chief executive"],
        ["offices"] = ["foreign minister", "prime minister of the united kingdom"],
        ["locations"] = ["ankara", "united states of america"],
        ["locations-ambiguous"] = ["jordan"],
        ["organizations"] = ["world health organization"],
        ["nationalities"] = ["Turkish\tTurkey"],
    });

    [Theory]
    [InlineData("mevlut", true, false, false)]
    [InlineData("will", true, false, false)]
    [InlineData("cavusoglu", false, true, false)]
    [InlineData("white", false, true, false)]
    [InlineData("jordan", false, false, true)]
    [InlineData("ankara", false, false, true)]
    [InlineData("turkish", false, false, false)]
    [InlineData("minister", false, false, false)]
    public void Each_predicate_answers_from_its_own_lists(string folded, bool givenName, bool surname, bool location)
    {
        Assert.Equal(givenName, Lists.IsAnyGivenName(folded));
        Assert.Equal(surname, Lists.IsSurname(folded));
        Assert.Equal(location, Lists.IsLocation(folded));
        Assert.Equal(givenName || surname || folded == "mekdad", Lists.IsKnownName(folded));
    }

    [Fact]
    public void Titles_offices_and_nationalities_are_told_apart()
    {
        Assert.True(Lists.IsTitleOrOffice("mr"));
        Assert.True(Lists.IsTitleOrOffice("foreign minister"));
        Assert.False(Lists.IsTitleOrOffice("foreign"));
        Assert.True(Lists.IsNationality("turkish"));
        Assert.False(Lists.IsNationality("turkey"));
        Assert.True(Lists.IsKnownName("mekdad"));
        Assert.False(Lists.IsSurname("mekdad"));
    }

    [Fact]
    public void Phrase_prefixes_are_every_word_prefix_of_two_or_more_words()
    {
        Assert.Contains("prime minister", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.Contains("prime minister of the", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.Contains("prime minister of the united kingdom", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.Contains("united states", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.Contains("chief executive", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.DoesNotContain("prime", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.DoesNotContain("ankara", (IReadOnlySet<string>)Lists.PhrasePrefixes);
        Assert.DoesNotContain("minister of", (IReadOnlySet<string>)Lists.PhrasePrefixes);
    }
}
