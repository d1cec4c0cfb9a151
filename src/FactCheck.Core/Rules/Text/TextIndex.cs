using FactCheck.Core.Documents;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// A document's words and sentences: one array of words in text order, with each block's and each sentence's words as
/// a slice of it. Words never cross a block boundary. Rules get it from <see cref="RuleContext.TextIndex"/>, built once
/// per check however many rules read it.
/// </summary>
public sealed class TextIndex
{
    private readonly int[] _blockStarts;

    public TextIndex(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Text = document.Text;

        // News prose averages about six characters a word with its space; a fifth of the length rarely needs to grow.
        var words = new WordBuffer(Text.Length / 5);
        var ranges = new List<(int Start, int End)>(Text.Length / 100);
        var sentenceWords = new List<(int Block, int FirstWord, int WordCount)>(Text.Length / 100);
        _blockStarts = new int[document.Blocks.Count + 1];
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            _blockStarts[b] = words.Count;
            var firstSentence = ranges.Count;
            SentenceSplitter.Split(Text, block.Start, block.End, ranges);

            // Sentences meet at white space, so tokenizing each sentence yields exactly the block's words.
            for (var s = firstSentence; s < ranges.Count; s++)
            {
                var first = words.Count;
                WordTokenizer.Tokenize(Text, ranges[s].Start, ranges[s].End, words);
                sentenceWords.Add((b, first, words.Count - first));
            }
        }

        _blockStarts[^1] = words.Count;
        Words = words.ToSegment();
        var sentences = new Sentence[ranges.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            var (start, end) = ranges[s];
            var (block, firstWord, wordCount) = sentenceWords[s];
            sentences[s] = new Sentence(Text, start, end - start, block, Words.Slice(firstWord, wordCount));
        }

        Sentences = sentences;
    }

    public string Text { get; }

    /// <summary>Every word of the document in text order.</summary>
    public ArraySegment<Word> Words { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The words of block <paramref name="blockIndex"/> of the document.</summary>
    public ArraySegment<Word> BlockWords(int blockIndex) =>
        Words.Slice(_blockStarts[blockIndex], _blockStarts[blockIndex + 1] - _blockStarts[blockIndex]);
}
