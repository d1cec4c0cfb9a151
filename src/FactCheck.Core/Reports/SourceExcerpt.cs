using System.Text;

namespace FactCheck.Core.Reports;

/// <summary>
/// The plain-text line around a span, ready to print with a caret line under the span: tabs expanded, long
/// lines cut to a window around the span. <see cref="CaretStart"/> and <see cref="CaretLength"/> are display
/// columns (0-based) within <see cref="Line"/>.
/// </summary>
public sealed record SourceExcerpt(string Line, int CaretStart, int CaretLength)
{
    public const int TabWidth = 4;

    /// <summary>Lines wider than this are windowed around the span so the caret stays on screen.</summary>
    public const int MaxWidth = 100;

    private const string Ellipsis = "...";

    /// <summary>The caret line: spaces up to the span, then <c>^~~~</c> as wide as the span.</summary>
    public string Caret => new string(' ', CaretStart) + "^" + new string('~', Math.Max(0, CaretLength - 1));

    /// <summary>The excerpt for a span of <paramref name="text"/>, or null when the offset is outside it.</summary>
    public static SourceExcerpt? Create(string text, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (offset < 0 || offset > text.Length)
        {
            return null;
        }

        var lineStart = offset;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        var lineEnd = offset;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        // A span running past the line end (over a paragraph break) is underlined to the end of its first line.
        var spanEnd = Math.Clamp(offset + Math.Max(0, length), offset, lineEnd);

        var display = new StringBuilder();
        var displayStart = 0;
        var displayEnd = 0;
        for (var i = lineStart; i <= lineEnd; i++)
        {
            if (i == offset)
            {
                displayStart = display.Length;
            }

            if (i == spanEnd)
            {
                displayEnd = display.Length;
            }

            if (i == lineEnd)
            {
                break;
            }

            var c = text[i];
            if (c == '\t')
            {
                display.Append(' ', TabWidth - (display.Length % TabWidth));
            }
            else if (char.IsControl(c))
            {
                display.Append(' ');
            }
            else
            {
                display.Append(c);
            }
        }

        var line = display.ToString().TrimEnd();
        var caretLength = Math.Max(1, displayEnd - displayStart);
        if (line.Length <= MaxWidth)
        {
            return new SourceExcerpt(line, displayStart, caretLength);
        }

        return Window(line, displayStart, caretLength);
    }

    private static SourceExcerpt Window(string line, int caretStart, int caretLength)
    {
        var visibleSpan = Math.Min(caretLength, MaxWidth - (2 * Ellipsis.Length) - 10);
        var context = (MaxWidth - (2 * Ellipsis.Length) - visibleSpan) / 2;
        var windowStart = Math.Max(0, caretStart - context);
        var windowEnd = Math.Min(line.Length, windowStart + MaxWidth - (2 * Ellipsis.Length));
        windowStart = Math.Max(0, Math.Min(windowStart, windowEnd - (MaxWidth - (2 * Ellipsis.Length))));

        var prefix = windowStart > 0 ? Ellipsis : string.Empty;
        var suffix = windowEnd < line.Length ? Ellipsis : string.Empty;
        var shown = prefix + line[windowStart..windowEnd] + suffix;
        var start = caretStart - windowStart + prefix.Length;
        var end = Math.Min(caretStart + caretLength, windowEnd) - windowStart + prefix.Length;
        return new SourceExcerpt(shown, start, Math.Max(1, end - start));
    }
}
