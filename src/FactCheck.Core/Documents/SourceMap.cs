namespace FactCheck.Core.Documents;

/// <summary>
/// Maps UTF-16 offsets in the extracted plain text back to line and column in the source the editor wrote
/// (the .txt/.md/.html file, or paragraph number and character for .docx). The map is a sorted list of
/// segments; a verbatim segment maps its characters one to one, a synthetic one (decoded entity, inserted
/// paragraph break) maps every character to the segment's start.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _plainStarts;
    private readonly SourcePosition[] _positions;
    private readonly bool[] _verbatim;

    public SourceMap(IReadOnlyList<SourceSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        _plainStarts = new int[segments.Count];
        _positions = new SourcePosition[segments.Count];
        _verbatim = new bool[segments.Count];
        var previous = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.PlainStart < previous)
            {
                throw new ArgumentException("Segments must be sorted by plain-text start.", nameof(segments));
            }

            previous = segment.PlainStart;
            _plainStarts[i] = segment.PlainStart;
            _positions[i] = segment.Position;
            _verbatim[i] = segment.Verbatim;
        }
    }

    /// <summary>The identity map of a text that is its own source: lines split at CR, LF or CRLF.</summary>
    public static SourceMap Identity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<SourceSegment> { new(0, new SourcePosition(1, 1), true) };
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                line++;
                segments.Add(new SourceSegment(i + 1, new SourcePosition(line, 1), true));
            }
        }

        return new SourceMap(segments);
    }

    /// <summary>The source position of a plain-text offset. Offsets past the end map to the last position.</summary>
    public SourcePosition ToSource(int plainOffset)
    {
        if (_plainStarts.Length == 0)
        {
            return new SourcePosition(1, 1);
        }

        var index = Array.BinarySearch(_plainStarts, plainOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            // Several segments may start at the same offset (an empty one before a real one): take the last.
            while (index + 1 < _plainStarts.Length && _plainStarts[index + 1] == plainOffset)
            {
                index++;
            }
        }

        if (index < 0)
        {
            return _positions[0];
        }

        var start = _positions[index];
        return _verbatim[index]
            ? start with { Column = start.Column + (plainOffset - _plainStarts[index]) }
            : start;
    }
}

/// <summary>One segment of a <see cref="SourceMap"/>: plain text from <see cref="PlainStart"/> on comes from <see cref="Position"/>.</summary>
public readonly record struct SourceSegment(int PlainStart, SourcePosition Position, bool Verbatim);
