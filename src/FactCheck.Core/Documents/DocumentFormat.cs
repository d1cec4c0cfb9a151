namespace FactCheck.Core.Documents;

/// <summary>The source formats FactCheck can extract plain text from.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,
}
