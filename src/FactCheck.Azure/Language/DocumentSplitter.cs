using System.Globalization;

namespace FactCheck.Azure.Language;

/// <summary>
/// Cuts a text into pieces of at most N text elements. A cut goes after a sentence when one ends in the second
/// half of the window; else after the last whitespace; else on a text-element boundary (never inside a surrogate
/// pair or grapheme cluster). Only a cut inside a sentence makes the next piece start earlier, at a word start
/// up to <see cref="AnalyzeTextLimits.OverlapChars"/> back, so a name cut by it is seen whole.
/// </summary>
internal static class DocumentSplitter
{
    public static IReadOnlyList<TextPiece> Split(string text, AnalyzeTextLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var starts = TextElementStarts(text);
        var elementCount = starts.Length - 1;
        var max = limits.MaxTextElementsPerDocument;
        var pieces = new List<TextPiece>();
        var startElement = 0;
        while (startElement < elementCount)
        {
            var start = starts[startElement];
            if (elementCount - startElement <= max)
            {
                pieces.Add(new TextPiece(start, text[start..], elementCount - startElement, text.Length));
                break;
            }

            var limit = starts[startElement + max];
            var earliest = starts[startElement + Math.Max(1, max / 2)];
            int end;
            int nextStart;
            var sentenceEnd = LastCut(text, starts, earliest, limit, IsAfterSentence);
            if (sentenceEnd > 0)
            {
                end = sentenceEnd;
                nextStart = end;
            }
            else
            {
                var wordEnd = LastCut(text, starts, earliest, limit, IsAfterWhitespace);
                end = wordEnd > 0 ? wordEnd : limit;
                nextStart = OverlapStart(text, starts, Math.Max(starts[startElement + 1], end - limits.OverlapChars), end);
            }

            var endElement = Array.BinarySearch(starts, end);
            pieces.Add(new TextPiece(start, text[start..end], endElement - startElement, nextStart));
            startElement = Array.BinarySearch(starts, nextStart);
        }

        return pieces;
    }

    /// <summary>The UTF-16 index where each text element starts, followed by the text length.</summary>
    internal static int[] TextElementStarts(string text)
    {
        var starts = new List<int>(text.Length + 1);
        var index = 0;
        while (index < text.Length)
        {
            starts.Add(index);
            index += StringInfo.GetNextTextElementLength(text, index);
        }

        starts.Add(text.Length);
        return [.. starts];
    }

    private static int LastCut(string text, int[] starts, int earliest, int limit, Func<string, int, bool> isCut)
    {
        for (var position = limit; position > earliest; position--)
        {
            if (isCut(text, position) && Array.BinarySearch(starts, position) >= 0)
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>A position after whitespace that follows sentence-final punctuation, or after a line break.</summary>
    private static bool IsAfterSentence(string text, int position)
    {
        if (!char.IsWhiteSpace(text[position - 1]))
        {
            return false;
        }

        if (text[position - 1] == '\n' || text[position - 1] == '\u2029')
        {
            return true;
        }

        var before = position - 1;
        while (before > 0 && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        if (before == 0)
        {
            return false;
        }

        // Closing quotes and brackets may follow the full stop: «He left." Then…».
        var last = before - 1;
        while (last > 0 && text[last] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB')
        {
            last--;
        }

        return text[last] is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsAfterWhitespace(string text, int position) =>
        char.IsWhiteSpace(text[position - 1]) && !char.IsWhiteSpace(text[position]);

    /// <summary>The first word start at or after <paramref name="from"/> and before <paramref name="end"/>; else the
    /// first text-element boundary at or after it.</summary>
    private static int OverlapStart(string text, int[] starts, int from, int end)
    {
        for (var position = from; position < end; position++)
        {
            if (IsAfterWhitespace(text, position) && Array.BinarySearch(starts, position) >= 0)
            {
                return position;
            }
        }

        var index = Array.BinarySearch(starts, from);
        return index >= 0 ? from : starts[~index];
    }
}
