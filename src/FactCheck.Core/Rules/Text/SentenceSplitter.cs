using FactCheck.Core.Documents;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Splits the blocks of a document into sentences at ".", "!" or "?" (with any closing quotes or brackets) followed
/// by white space and an upper-case letter, digit or opening quote. Abbreviations such as "Dr." or "U.S." and
/// initials ("J. Smith") do not end a sentence. Good enough for comparing sentences, not a linguistic parser.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "u.s", "u.k", "u.n", "e.g", "i.e",
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExtractedDocument, IReadOnlyList<Sentence>> Cache = new();

    /// <summary>The document's sentences, split once per document however many rules ask.</summary>
    public static IReadOnlyList<Sentence> Split(ExtractedDocument document) =>
        Cache.GetValue(document, SplitUncached);

    private static IReadOnlyList<Sentence> SplitUncached(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<Sentence>();
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            SplitBlock(document.Text, block.Start, block.End, b, sentences);
        }

        return sentences;
    }

    private static void SplitBlock(string text, int start, int end, int blockIndex, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '"' or '\'' or '\u201d' or '\u2019' or ')' or ']')
            {
                close++;
            }

            if (close >= end || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201c' or '\'' or '\u2018' or '('))
            {
                continue;
            }

            if (text[i] == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            Add(text, sentenceStart, close, blockIndex, sentences);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, blockIndex, sentences);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, period - wordStart);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, int blockIndex, List<Sentence> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, text.Substring(start, end - start), blockIndex));
        }
    }
}
