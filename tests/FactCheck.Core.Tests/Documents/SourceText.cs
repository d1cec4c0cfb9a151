using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

/// <summary>Derives expected positions from fixture text, so no test counts columns by hand.</summary>
internal static class SourceText
{
    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th <paramref name="needle"/> in <paramref name="source"/>.</summary>
    public static SourcePosition PositionOf(string source, string needle, int occurrence = 0)
    {
        var index = IndexOf(source, needle, occurrence);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
            {
                continue;
            }

            if (source[i] is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, index - lineStart + 1);
    }

    public static int IndexOf(string text, string needle, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' (occurrence {occurrence}) not found in: {text}");
        }

        return index;
    }

    /// <summary>The text of each block, in order.</summary>
    public static string[] BlockTexts(ExtractedDocument document) =>
        document.Blocks.Select(b => document.Text.Substring(b.Start, b.Length)).ToArray();

    /// <summary>Asserts that every character of <paramref name="word"/> in the plain text maps to the same character in the source.</summary>
    public static void AssertMapsVerbatim(ExtractedDocument document, string source, string word, int plainOccurrence = 0, int sourceOccurrence = 0)
    {
        var plain = IndexOf(document.Text, word, plainOccurrence);
        var expected = PositionOf(source, word, sourceOccurrence);
        for (var i = 0; i < word.Length; i++)
        {
            Assert.Equal(expected with { Column = expected.Column + i }, document.PositionOf(plain + i));
        }
    }
}
