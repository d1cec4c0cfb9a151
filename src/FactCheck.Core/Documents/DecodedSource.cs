using System.Text;

namespace FactCheck.Core.Documents;

/// <summary>
/// The source of a text draft (.txt, .md, .html) as <see cref="DocumentReader"/> decodes it, with what it takes to
/// find a flag in it and to write an edit back byte for byte: the bytes, the encoding and the byte-order mark.
/// Lines and columns are the ones every flag carries: 1-based, UTF-16 code units, lines ending at CR, LF or CRLF.
/// </summary>
public sealed class DecodedSource
{
    private readonly SourceLines _lines;

    private DecodedSource(byte[] bytes, string text, Encoding encoding, int preambleLength)
    {
        Bytes = bytes;
        Text = text;
        Encoding = encoding;
        PreambleLength = preambleLength;
        _lines = new SourceLines(text);
    }

    /// <summary>The file as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>The decoded text, without the byte-order mark.</summary>
    public string Text { get; }

    /// <summary>The encoding the text was read in (its preamble, if any, is counted in <see cref="PreambleLength"/>).</summary>
    public Encoding Encoding { get; }

    /// <summary>The length in bytes of the byte-order mark the file starts with; 0 without one.</summary>
    public int PreambleLength { get; }

    /// <summary>
    /// Decodes a text draft the way <see cref="DocumentReader"/> does. Throws <see cref="DocumentInputException"/> for
    /// what it refuses (binary, a mark that does not match the bytes).
    /// </summary>
    public static DecodedSource Decode(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var text = TextDecoder.Decode(name, content, out var encoding, out var preambleLength);
        return new DecodedSource(content, text, encoding, preambleLength);
    }

    /// <summary>The UTF-16 offset of a 1-based line and column, or null when the source has no such place.</summary>
    public int? OffsetOf(int line, int column)
    {
        if (line < 1 || line > _lines.Count || column < 1)
        {
            return null;
        }

        var offset = _lines.StartOf(line) + column - 1;
        var lineEnd = line < _lines.Count ? _lines.StartOf(line + 1) : Text.Length;
        return offset <= lineEnd ? offset : null;
    }

    /// <summary>
    /// The offset of <paramref name="text"/> at a line and column when the source holds exactly that text there, or
    /// null: a span the extractor took from markup, an entity or a wrapped line is not the source's own characters.
    /// </summary>
    public int? FindVerbatim(int line, int column, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offset = OffsetOf(line, column);
        return offset is { } start && start + text.Length <= Text.Length && string.CompareOrdinal(Text, start, text, 0, text.Length) == 0
            ? start
            : null;
    }

    /// <summary>The 1-based line and UTF-16 column of an offset.</summary>
    public SourcePosition PositionOf(int offset) => _lines.At(Math.Clamp(offset, 0, Text.Length));

    /// <summary>
    /// The column of a 1-based line and UTF-16 column counted in UTF-8 bytes instead (what reviewdog reads), from
    /// the line's own text: "a𐐀b" has b at UTF-16 column 4 and UTF-8 column 6.
    /// </summary>
    public int Utf8Column(int line, int column)
    {
        if (line < 1 || line > _lines.Count || column < 1)
        {
            return column;
        }

        var lineStart = _lines.StartOf(line);
        var prefixLength = Math.Min(column - 1, Text.Length - lineStart);
        return Encoding.UTF8.GetByteCount(Text.AsSpan(lineStart, prefixLength)) + (column - 1 - prefixLength) + 1;
    }

    /// <summary>Where a UTF-16 offset of <see cref="Text"/> falls in <see cref="Bytes"/>.</summary>
    public int ByteOffsetOf(int offset) => PreambleLength + Encoding.GetByteCount(Text.AsSpan(0, offset));
}
