using System.Text;

namespace FactCheck.Core.Documents;

/// <summary>
/// Accumulates extracted plain text, its blocks and its source map. Blocks are separated by a blank line
/// ("\n\n", mapped to the start of the following block); empty blocks are never produced. Verbatim pieces that
/// continue the previous one in both the text and the source share a single map segment.
/// </summary>
internal sealed class PlainTextBuilder
{
    private const string BlockSeparator = "\n\n";

    private readonly StringBuilder _text = new();
    private readonly List<SourceSegment> _segments = [];
    private readonly List<TextBlock> _blocks = [];
    private int _blockStart = -1;
    private BlockKind _blockKind;
    private int _verbatimPlainEnd = -1;
    private SourcePosition _verbatimSourceEnd;
    private bool _pendingSpace;
    private bool _pendingSpaceVerbatim;
    private SourcePosition _pendingSpacePosition;

    public int Length => _text.Length;

    /// <summary>True once the current block has received text.</summary>
    public bool InBlock => _blockStart >= 0;

    /// <summary>The kind given to the block that the next text opens.</summary>
    public BlockKind NextBlockKind { get; set; } = BlockKind.Paragraph;

    public IReadOnlyList<TextBlock> Blocks => _blocks;

    public void EndBlock()
    {
        if (_blockStart >= 0)
        {
            _blocks.Add(new TextBlock(_blockStart, _text.Length - _blockStart, _blockKind));
            _blockStart = -1;
        }

        _pendingSpace = false;
    }

    /// <summary>Text copied from the source without change; it must not contain a line break.</summary>
    public void AppendVerbatim(ReadOnlySpan<char> text, SourcePosition start)
    {
        if (text.IsEmpty)
        {
            return;
        }

        OpenBlock(start);
        FlushPendingSpace();
        if (_verbatimPlainEnd != _text.Length || _verbatimSourceEnd != start)
        {
            _segments.Add(new SourceSegment(_text.Length, start, true));
        }

        _text.Append(text);
        _verbatimPlainEnd = _text.Length;
        _verbatimSourceEnd = start with { Column = start.Column + text.Length };
    }

    /// <summary>Text that is not literally in the source (a decoded entity, a line break); all of it maps to <paramref name="at"/>.</summary>
    public void AppendSynthetic(string text, SourcePosition at)
    {
        if (text.Length == 0)
        {
            return;
        }

        OpenBlock(at);
        FlushPendingSpace();
        _segments.Add(new SourceSegment(_text.Length, at, false));
        _text.Append(text);
        _verbatimPlainEnd = -1;
    }

    /// <summary>A line break inside the current block (HTML &lt;br&gt;, Markdown hard break, .docx break); ignored at a block start.</summary>
    public void AppendLineBreak(SourcePosition at)
    {
        if (InBlock)
        {
            _pendingSpace = false;
            AppendSynthetic("\n", at);
        }
    }

    /// <summary>
    /// Whitespace that collapses to one space, written only if more text follows in the same block.
    /// <paramref name="isSingleSpace"/> says the source has exactly one space there, so the map stays verbatim.
    /// </summary>
    public void AddCollapsibleSpace(SourcePosition at, bool isSingleSpace)
    {
        if (!InBlock || _pendingSpace || _text[^1] is ' ' or '\n' or '\t')
        {
            return;
        }

        _pendingSpace = true;
        _pendingSpaceVerbatim = isSingleSpace;
        _pendingSpacePosition = at;
    }

    public ExtractedDocument Build(string name, DocumentFormat format, DateOnly? metadataDate, SuppressionTracker? suppressions)
    {
        EndBlock();
        var text = _text.ToString();
        return new ExtractedDocument(name, format, text, _blocks.ToArray(), new SourceMap(_segments))
        {
            MetadataDate = metadataDate,
            Suppressions = suppressions?.Finish(text.Length, _blocks) ?? [],
        };
    }

    private void OpenBlock(SourcePosition at)
    {
        if (_blockStart >= 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _segments.Add(new SourceSegment(_text.Length, at, false));
            _text.Append(BlockSeparator);
            _verbatimPlainEnd = -1;
        }

        _blockStart = _text.Length;
        _blockKind = NextBlockKind;
        _pendingSpace = false;
    }

    private void FlushPendingSpace()
    {
        if (!_pendingSpace)
        {
            return;
        }

        _pendingSpace = false;
        if (_pendingSpaceVerbatim)
        {
            AppendVerbatim(" ", _pendingSpacePosition);
        }
        else
        {
            AppendSynthetic(" ", _pendingSpacePosition);
        }
    }
}
