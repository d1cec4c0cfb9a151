using System.Buffers;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Splits a block of text into sentences at ".", "!" or "?" (with any closing quotes or brackets) followed by white
/// space and an upper-case letter, digit or opening quote. Abbreviations such as "Dr." or "U.S." and initials
/// ("J. Smith") do not end a sentence. Good enough for comparing sentences, not a linguistic parser.
/// </summary>
public static class SentenceSplitter
{
    private static readonly WordSet Abbreviations = new(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "u.s", "u.k", "u.n", "e.g", "i.e",
    ]);

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

    /// <summary>The sentences of <c>text[start..end)</c>, as (start, end) offsets with surrounding white space trimmed.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var sentences = new List<(int Start, int End)>();
        Split(text, start, end, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <c>text[start..end)</c> to <paramref name="sentences"/>.</summary>
    public static void Split(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var found = text.AsSpan(i, end - i).IndexOfAny(SentenceEnds);
            if (found < 0)
            {
                break;
            }

            i += found;

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

            Add(text, sentenceStart, close, sentences);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, sentences);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
