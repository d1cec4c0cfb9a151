using System.Globalization;
using System.Text;
using FactCheck.Azure.Language;

namespace FactCheck.Azure.Tests.Language;

public sealed class DocumentSplitterTests
{
    private static readonly AnalyzeTextLimits Small = new(MaxTextElementsPerDocument: 60, MaxDocumentsPerRequest: 5, MaxRequestBytes: 1_000_000, OverlapChars: 20);

    [Fact]
    public void A_text_within_the_limit_is_one_piece()
    {
        var pieces = DocumentSplitter.Split("Short text. Fits.", Small);

        var piece = Assert.Single(pieces);
        Assert.Equal((0, "Short text. Fits.", 17), (piece.Start, piece.Text, piece.OwnedEnd));
    }

    [Fact]
    public void Cuts_after_a_sentence_when_one_ends_in_the_second_half_without_overlap()
    {
        var text = "The first sentence is here and it runs on. The second one follows it closely. And a third sentence ends it all.";

        var pieces = DocumentSplitter.Split(text, Small);

        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces.SkipLast(1), p => Assert.Matches(@"[.!?] $", p.Text));
        Assert.All(pieces, p => Assert.Equal(p.End, p.OwnedEnd));
    }

    [Fact]
    public void Cuts_at_a_word_inside_a_long_sentence_and_overlaps_the_next_piece_from_a_word_start()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));

        var pieces = DocumentSplitter.Split(text, Small);

        Assert.True(pieces.Count > 1);
        for (var i = 0; i < pieces.Count - 1; i++)
        {
            Assert.EndsWith(" ", pieces[i].Text, StringComparison.Ordinal);
            Assert.True(pieces[i + 1].Start < pieces[i].End, "a cut inside a sentence must overlap");
            Assert.Equal(pieces[i + 1].Start, pieces[i].OwnedEnd);
            Assert.Equal(' ', text[pieces[i + 1].Start - 1]);
        }
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("👨‍👩‍👧‍👦")]
    [InlineData("e\u0301")]
    [InlineData("🇹🇷")]
    public void A_hard_cut_never_splits_a_text_element(string element)
    {
        var text = string.Concat(Enumerable.Repeat(element, 200));

        var pieces = DocumentSplitter.Split(text, Small);

        Assert.True(pieces.Count > 3);
        Assert.All(pieces, p =>
        {
            Assert.Equal(0, p.Text.Length % element.Length);
            Assert.Equal(0, p.Start % element.Length);
            Assert.Equal(p.TextElements, new StringInfo(p.Text).LengthInTextElements);
            Assert.InRange(p.TextElements, 1, Small.MaxTextElementsPerDocument);
        });
    }

    [Fact]
    public void Random_texts_are_covered_in_order_by_pieces_within_the_limit()
    {
        var random = new Random(2026);
        string[] tokens = ["alpha", "beta", "Ankara", ".", "!", " ", " ", " ", "\n", "😀", "e\u0301", "\r\n", "Çavuşoğlu", "👨‍👩‍👧"];
        for (var round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 120);
            for (var i = 0; i < count; i++)
            {
                builder.Append(tokens[random.Next(tokens.Length)]);
            }

            var text = builder.ToString();
            var starts = DocumentSplitter.TextElementStarts(text);
            var pieces = DocumentSplitter.Split(text, Small);

            if (text.Length == 0)
            {
                Assert.Empty(pieces);
                continue;
            }

            Assert.Equal(0, pieces[0].Start);
            Assert.Equal(text.Length, pieces[^1].End);
            Assert.Equal(text.Length, pieces[^1].OwnedEnd);
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                Assert.Equal(text.Substring(piece.Start, piece.Text.Length), piece.Text);
                Assert.Contains(piece.Start, starts);
                Assert.Contains(piece.End, starts);
                Assert.InRange(piece.TextElements, 1, Small.MaxTextElementsPerDocument);
                Assert.Equal(new StringInfo(piece.Text).LengthInTextElements, piece.TextElements);
                if (i + 1 < pieces.Count)
                {
                    Assert.InRange(pieces[i + 1].Start, piece.Start + 1, piece.End);
                    Assert.Equal(pieces[i + 1].Start, piece.OwnedEnd);
                }
            }
        }
    }
}
