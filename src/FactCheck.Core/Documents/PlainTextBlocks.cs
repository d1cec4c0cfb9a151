namespace FactCheck.Core.Documents;

/// <summary>
/// Splits plain text into blocks. Each non-blank line is one block, except in hard-wrapped text (wire copy and e-mail
/// wrapped at a fixed column), where lines joined by a wrap form one paragraph block.
/// </summary>
public static class PlainTextBlocks
{
    /// <summary>Text whose longest line is longer than this is not hard-wrapped: paragraphs are lines.</summary>
    public const int MaximumWrapWidth = 100;

    /// <summary>Nor is text whose lines are all shorter than this (lists, headings, short fixtures).</summary>
    public const int MinimumWrapWidth = 40;

    /// <summary>A wrapped text shows it more than once or twice; fewer wraps are taken as chance.</summary>
    public const int MinimumWraps = 3;

    public static IReadOnlyList<TextBlock> Split(string text) => Split(text, out _);

    /// <summary>
    /// The blocks, and the line breaks that are wraps inside a paragraph (start and length of each "\n" or "\r\n").
    /// A break is a wrap when the next line's first word would not have fitted on the line: the writer (or their mail
    /// program) did not choose to end the line there. Text with no such break, or with a line longer than
    /// <see cref="MaximumWrapWidth"/>, has no wraps.
    /// </summary>
    public static IReadOnlyList<TextBlock> Split(string text, out IReadOnlyList<(int Start, int Length)> wraps)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var width = lines.Count == 0 ? 0 : lines.Max(l => l.End - l.Start);
        var isWrap = new bool[lines.Count];
        var wrapCount = 0;
        if (width is >= MinimumWrapWidth and <= MaximumWrapWidth)
        {
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (!lines[i].IsBlank && !lines[i + 1].IsBlank && IsWrap(text, lines[i], lines[i + 1], width))
                {
                    isWrap[i] = true;
                    wrapCount++;
                }
            }
        }

        var found = new List<(int Start, int Length)>();
        var blocks = new List<TextBlock>();
        var blockStart = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            blockStart = blockStart < 0 ? line.Start : blockStart;
            if (isWrap[i] && wrapCount >= MinimumWraps)
            {
                found.Add((line.End, lines[i + 1].Start - line.End));
                continue;
            }

            blocks.Add(new TextBlock(blockStart, line.End - blockStart, BlockKind.Paragraph));
            blockStart = -1;
        }

        wraps = found;
        return blocks;
    }

    /// <summary>The text with each wrap replaced by spaces of the same length, so offsets and the source map stay valid.</summary>
    public static string Unwrap(string text, IReadOnlyList<(int Start, int Length)> wraps)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(wraps);
        if (wraps.Count == 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, wraps), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var (start, length) in state.wraps)
            {
                chars.Slice(start, length).Fill(' ');
            }
        });
    }

    private static bool IsWrap(string text, Line line, Line next, int width)
    {
        var firstWord = 0;
        while (next.Start + firstWord < next.End && !char.IsWhiteSpace(text[next.Start + firstWord]))
        {
            firstWord++;
        }

        return (line.End - line.Start) + 1 + firstWord > width;
    }

    /// <summary>Every line, trimmed of surrounding white space; a blank line is empty.</summary>
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var start = lineStart;
            var end = i;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            lines.Add(start == end ? new Line(i, i) : new Line(start, end));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return lines;
    }

    private readonly record struct Line(int Start, int End)
    {
        public bool IsBlank => Start == End;
    }
}
