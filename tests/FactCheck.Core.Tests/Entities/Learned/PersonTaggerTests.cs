using System.Text;
using FactCheck.Core.Entities.Learned;

namespace FactCheck.Core.Tests.Entities.Learned;

public sealed class PersonTaggerTests
{
    [Theory]
    [InlineData("Finance Minister Ingrid Solvang said on Tuesday that the budget would pass.", "Ingrid Solvang")]
    [InlineData("The report was written by Professor Martin Okafor, who leads the institute.", "Martin Okafor")]
    [InlineData("\"We will appeal,\" said Maria Gonzalez, a lawyer for the families.", "Maria Gonzalez")]
    public void Tags_the_name_in_a_sentence(string text, string name)
    {
        var names = Names(text);

        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.Contains("Minister", StringComparison.Ordinal) || n.Contains("Professor", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("However, the council met again on the following day.")]
    [InlineData("Yesterday the markets fell sharply. Meanwhile prices rose.")]
    [InlineData("Officials said the bridge would reopen. Traffic was light.")]
    public void Leaves_ordinary_sentence_initial_words_alone(string text) => Assert.Empty(PersonTagger.Shared.Tag(text));

    [Fact]
    public void Offsets_are_utf16_after_characters_outside_the_basic_plane()
    {
        const string text = "😀 𝒜 note: Finance Minister Ingrid Solvang said the plan would pass.";

        var span = Assert.Single(PersonTagger.Shared.Tag(text));

        Assert.Equal("Ingrid Solvang", text.Substring(span.Offset, span.Length));
        Assert.Equal(text.IndexOf("Ingrid", StringComparison.Ordinal), span.Offset);
    }

    [Fact]
    public void Is_deterministic()
    {
        const string text = "Finance Minister Ingrid Solvang met Tomas Berg in Oslo. Solvang said Berg agreed.";

        var first = PersonTagger.Shared.Tag(text);
        var second = PersonTagger.Shared.Tag(text);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Empty_and_name_free_inputs_give_no_spans()
    {
        Assert.Empty(PersonTagger.Shared.Tag(string.Empty));
        Assert.Empty(PersonTagger.Shared.Tag("   \n\n "));
        Assert.Empty(PersonTagger.Shared.Tag(new string('a', 1_000_000)));
    }

    [Fact]
    public void A_huge_input_is_tagged_like_its_parts()
    {
        const string paragraph = "Finance Minister Ingrid Solvang said on Tuesday that the budget would pass.\n\n";
        var single = PersonTagger.Shared.Tag(paragraph).Count;
        var text = new StringBuilder().Insert(0, paragraph, 20_000).ToString();

        var spans = PersonTagger.Shared.Tag(text);

        Assert.Equal(single * 20_000, spans.Count);
        Assert.All(spans, s => Assert.Equal("Ingrid Solvang", text.Substring(s.Offset, s.Length)));
    }

    [Fact]
    public void Margins_are_positive() =>
        Assert.All(PersonTagger.Shared.Tag("Finance Minister Ingrid Solvang said so."), s => Assert.True(s.Margin > 0));

    private static string[] Names(string text) => PersonTagger.Shared.Tag(text).Select(s => text.Substring(s.Offset, s.Length)).ToArray();
}
