using FactCheck.Core.Documents;
using Microsoft.Net.Http.Headers;

namespace FactCheck.Service.Processing;

/// <summary>Decides a draft's format from its name and content type, the way blobs and HTTP bodies arrive.</summary>
public static class DraftFormats
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The format a media type names, or null for generic or unknown types (octet-stream, absent).</summary>
    public static Core.Documents.DocumentFormat? FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        return parsed.MediaType.Value?.ToLowerInvariant() switch
        {
            "text/plain" => Core.Documents.DocumentFormat.PlainText,
            "text/markdown" or "text/x-markdown" => Core.Documents.DocumentFormat.Markdown,
            "text/html" or "application/xhtml+xml" => Core.Documents.DocumentFormat.Html,
            DocxContentType => Core.Documents.DocumentFormat.Docx,
            _ => null,
        };
    }

    /// <summary>
    /// The format of a stored draft: a known extension wins (upload tools often say text/plain for Markdown), then a
    /// specific content type; null when neither names a format FactCheck reads.
    /// </summary>
    public static Core.Documents.DocumentFormat? Detect(string name, string? contentType)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 0 && DocumentReader.FormatFromName(name) is { } fromName)
        {
            return fromName;
        }

        if (FromContentType(contentType) is { } fromType)
        {
            return fromType;
        }

        return extension.Length == 0 ? Core.Documents.DocumentFormat.PlainText : null;
    }

    /// <summary>A one-line reason for a draft whose type FactCheck does not read.</summary>
    public static string Unsupported(string name, string? contentType) =>
        $"{name}: '{Path.GetExtension(name)}' ({contentType ?? "no content type"}) is not a format FactCheck reads; upload .txt, .md, .html or .docx.";
}
