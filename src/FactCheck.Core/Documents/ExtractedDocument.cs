namespace FactCheck.Core.Documents;

/// <summary>
/// A draft reduced to plain text: what every recognizer and rule works on. All offsets anywhere in FactCheck
/// are UTF-16 code units into <see cref="Text"/>.
/// </summary>
public sealed class ExtractedDocument
{
    public ExtractedDocument(string name, DocumentFormat format, string text, IReadOnlyList<TextBlock> blocks, SourceMap map)
    {
        Name = name;
        Format = format;
        Text = text;
        Blocks = blocks;
        Map = map;
    }

    /// <summary>The path or blob name the draft came from (for messages only).</summary>
    public string Name { get; }

    public DocumentFormat Format { get; }

    public string Text { get; }

    /// <summary>Paragraph-level blocks in text order; the first non-empty one is the headline.</summary>
    public IReadOnlyList<TextBlock> Blocks { get; }

    public SourceMap Map { get; }

    /// <summary>The publication date when the document's metadata states one (HTML meta, .docx core properties).</summary>
    public DateOnly? MetadataDate { get; init; }

    /// <summary>Inline suppression comments found in Markdown/HTML sources.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    public SourcePosition PositionOf(int offset) => Map.ToSource(offset);

    /// <summary>
    /// A plain-text document: each non-blank line is a block, or in hard-wrapped text each wrapped paragraph, whose
    /// wraps become spaces (same length, so every offset is still the source's). Used for .txt files, stdin and
    /// inline test fixtures.
    /// </summary>
    public static ExtractedDocument FromPlainText(string text, string name = "<text>")
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = PlainTextBlocks.Split(text, out var wraps);
        return new ExtractedDocument(name, DocumentFormat.PlainText, PlainTextBlocks.Unwrap(text, wraps), blocks, SourceMap.Identity(text));
    }
}

/// <summary>
/// A <c>factcheck-disable</c> region: rules in <see cref="RuleIds"/> (all rules when empty) report nothing that
/// starts inside [<see cref="Start"/>, <see cref="End"/>).
/// </summary>
public sealed record Suppression(int Start, int End, IReadOnlyList<string> RuleIds);
