using System.Buffers;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Splits a block of text into sentences at ".", "!" or "?" (with any closing quotes or brackets) followed by white
/// space and an upper-case letter, digit or opening quote. The <see cref="Abbreviations"/> ("Dr.", "U.S.") and
/// initials ("J. Smith") do not end a sentence. Good enough for comparing sentences, not a linguistic parser.
/// </summary>
public static class SentenceSplitter
{
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
        return IsInitialOrAcronym(word) || Abbreviations.Contains(word);
    }

    // "J" of "J. Smith", "U.S" of "the U.S. Army", "U.A.E": capitals with a period between each, as the tokenizer reads them.
    private static bool IsInitialOrAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
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
