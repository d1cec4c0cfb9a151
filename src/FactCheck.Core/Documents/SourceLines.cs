namespace FactCheck.Core.Documents;

/// <summary>
/// Line starts of a source text, to turn a UTF-16 offset into a 1-based line and column. Lines end at CR, LF or
/// CRLF, the same convention as <see cref="SourceMap.Identity"/>.
/// </summary>
internal sealed class SourceLines
{
    private readonly int[] _lineStarts;
    private int _lastLine;

    public SourceLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public int Count => _lineStarts.Length;

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => _lineStarts[line - 1];

    public SourcePosition At(int offset)
    {
        // Extractors ask in increasing order almost always: try the last line before searching.
        var line = _lastLine;
        if (!(offset >= _lineStarts[line] && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1])))
        {
            line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
            {
                line = Math.Max(0, ~line - 1);
            }

            _lastLine = line;
        }

        return new SourcePosition(line + 1, offset - _lineStarts[line] + 1);
    }
}
