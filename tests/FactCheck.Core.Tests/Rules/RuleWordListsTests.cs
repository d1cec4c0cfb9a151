using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Tests.Rules;

public sealed class RuleWordListsTests
{
    [Fact]
    public void The_number_mismatch_lists_are_shipped_and_none_is_empty()
    {
        var lists = RuleWordLists.Load("number-mismatch.txt");

        foreach (var name in new[] { "units", "events", "killing-verbs", "generic-counted", "auxiliaries", "hedges", "change-words", "volatile-heads", "head-stops", "time-words", "prepositions" })
        {
            Assert.NotEmpty(lists.Words(name));
        }

        Assert.True(lists.Map("units").TryGetValue("Kilometres", out var unit));
        Assert.Equal("km", unit);
        Assert.Contains("June", lists.Words("time-words"));
    }

    [Fact]
    public void Reads_sections_and_skips_comments_and_blank_lines()
    {
        var lists = RuleWordLists.Parse("test", new StringReader("# lists\n[a]\none\n\n  two  \n[b]\nkm\tkm\n# end\n"));

        Assert.Equal(["one", "two"], lists.Words("a"));
        Assert.True(lists.Map("b").TryGetValue("KM", out var value));
        Assert.Equal("km", value);
    }

    [Theory]
    [InlineData("word\n[a]\n")]
    [InlineData("[a]\none\n[a]\ntwo\n")]
    public void A_damaged_file_throws(string text)
    {
        Assert.Throws<InvalidOperationException>(() => RuleWordLists.Parse("test", new StringReader(text)));
    }

    [Fact]
    public void A_missing_list_or_a_map_entry_without_its_value_throws()
    {
        var lists = RuleWordLists.Parse("test", new StringReader("[a]\nkm\n"));

        Assert.Throws<InvalidOperationException>(() => lists.Words("b"));
        Assert.Throws<InvalidOperationException>(() => lists.Map("a"));
    }
}
