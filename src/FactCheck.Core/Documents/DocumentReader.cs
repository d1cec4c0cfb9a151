using System.Text;

namespace FactCheck.Core.Documents;

/// <summary>Limits and hints for <see cref="DocumentReader"/>.</summary>
public sealed record DocumentReaderOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Inputs larger than this are refused (default 10 MB).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The format, when the caller knows it (content type); otherwise taken from the name's extension.</summary>
    public DocumentFormat? Format { get; init; }
}

/// <summary>
/// Turns the bytes of a draft into an <see cref="ExtractedDocument"/>: detects the format and the text encoding,
/// extracts plain text with a source map. Throws <see cref="DocumentInputException"/> with a one-line reason for
/// anything it cannot check.
/// </summary>
public static class DocumentReader
{
    public static ExtractedDocument Read(string name, byte[] content, DocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= DocumentReaderOptions.Default;
        if (content.Length > options.MaxBytes)
        {
            throw new DocumentInputException($"{name}: the file is {content.Length:N0} bytes, over the {options.MaxBytes:N0}-byte limit; split it or raise --max-size.");
        }

        if (content.Length == 0)
        {
            throw new DocumentInputException($"{name}: the file is empty; there is nothing to check.");
        }

        return ExtractedDocument.FromPlainText(Encoding.UTF8.GetString(content), name);
    }

    /// <summary>The format implied by a file name's extension, or null when it is not one FactCheck reads.</summary>
    public static DocumentFormat? FormatFromName(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" or ".text" or "" => DocumentFormat.PlainText,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" => DocumentFormat.Html,
        ".docx" => DocumentFormat.Docx,
        _ => null,
    };
}
