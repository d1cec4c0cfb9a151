using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Tests.Rules.Text;

public sealed class TextIndexTests
{
    [Fact]
    public void Blocks_and_sentences_are_slices_of_one_word_array()
    {
        var document = ExtractedDocument.FromPlainText("Storm Hits Coast\n\nThe storm hit at dawn. Dr. Ruiz said 1,200.5 homes lost power.\n\nIt's over.");
        var index = new TextIndex(document);

        Assert.Equal(["Storm", "Hits", "Coast"], index.BlockWords(0).Select(w => w.Text));
        Assert.Equal(["The", "storm", "hit", "at", "dawn"], index.Sentences[1].Words.Select(w => w.Text));
        Assert.Equal(["Dr", "Ruiz", "said", "1,200.5", "homes", "lost", "power"], index.Sentences[2].Words.Select(w => w.Text));
        Assert.Equal(["It's", "over"], index.BlockWords(2).Select(w => w.Text));
        Assert.Equal(index.Words.Count, Enumerable.Range(0, document.Blocks.Count).Sum(b => index.BlockWords(b).Count));
        Assert.Equal(index.Words.Count, index.Sentences.Sum(s => s.Words.Count));
        Assert.All(index.Sentences, s => Assert.All(s.Words, w => Assert.InRange(w.Offset, s.Offset, s.End - 1)));
        Assert.Equal([0, 1, 1, 2], index.Sentences.Select(s => s.BlockIndex));
    }

    [Fact]
    public void Rules_of_one_check_share_one_index()
    {
        var engine = new RuleEngine([new IndexProbe("first"), new IndexProbe("second")]);
        var document = ExtractedDocument.FromPlainText("One sentence here.");
        var analysis = PersonResolver.Analyze(document, new LocalEntityRecognizer().Recognize(document));

        engine.Run(analysis, CheckSettings.Default);
        var firstCheck = IndexProbe.Seen.ToArray();
        engine.Run(analysis, CheckSettings.Default);

        Assert.Equal(2, firstCheck.Length);
        Assert.Same(firstCheck[0], firstCheck[1]);
        Assert.NotSame(firstCheck[0], IndexProbe.Seen[^1]);
    }

    private sealed class IndexProbe(string id) : IRule
    {
        public static List<TextIndex> Seen { get; } = [];

        public RuleDescriptor Descriptor { get; } = new(id, id, Severity.Info, "Records the index it was given.");

        public IEnumerable<Finding> Check(RuleContext context)
        {
            Seen.Add(context.TextIndex);
            return [];
        }
    }

    [Theory]
    [InlineData("Bogdanov’s talks", new[] { "Bogdanov’s", "talks" })]
    [InlineData("a 950-kilometre border", new[] { "a", "950", "kilometre", "border" })]
    [InlineData("‘quoted’ end", new[] { "quoted", "end" })]
    [InlineData("Çavuşoğlu and Ме́дведев", new[] { "Çavuşoğlu", "and", "Ме́дведев" })]
    [InlineData("1,000 or 12,34 or 3.5.", new[] { "1,000", "or", "12,34", "or", "3.5" })]
    public void Tokenizes_letters_apostrophes_and_numbers(string text, string[] words) =>
        Assert.Equal(words, WordTokenizer.Tokenize(text).Select(w => w.Text));

    [Fact]
    public void Every_word_key_is_the_key_of_its_letters()
    {
        const string Text = "ÉCOLE école Straße STRASSE don't DON'T 42 Ελλάδα ΕΛΛΆΔΑ";
        var words = WordTokenizer.Tokenize(Text);
        Assert.All(words, w => Assert.Equal(WordKey.Of(w.Span), w.Key));
        Assert.Equal(words[0].Key, words[1].Key);
        Assert.True(words[0].SameAs(words[1]));
        Assert.Equal(words[4].Key, words[5].Key);
        Assert.Equal(words[7].Key, words[8].Key);
        Assert.False(words[2].SameAs(words[3]));
    }
}
