namespace FactCheck.Core.Documents;

/// <summary>What a block of extracted text was in its source.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    TableCell,
    Other,
}

/// <summary>
/// A paragraph-level block of the extracted plain text (a line group separated by blank lines in plain text,
/// a Markdown block, an HTML block element, a .docx paragraph). <see cref="Start"/> and <see cref="Length"/>
/// are UTF-16 offsets into <see cref="ExtractedDocument.Text"/>.
/// </summary>
public sealed record TextBlock(int Start, int Length, BlockKind Kind)
{
    public int End => Start + Length;
}
