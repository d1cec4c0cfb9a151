namespace FactCheck.Core.Documents;

/// <summary>Splits plain text into blocks: each non-blank line is one block, trimmed of surrounding whitespace.</summary>
public static class PlainTextBlocks
{
    public static IReadOnlyList<TextBlock> Split(string text)
    {
        var blocks = new List<TextBlock>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            AddTrimmed(text, lineStart, i, blocks);
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return blocks;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextBlock> blocks)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            blocks.Add(new TextBlock(start, end - start, BlockKind.Paragraph));
        }
    }
}
