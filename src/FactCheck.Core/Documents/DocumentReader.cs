using System.Globalization;

namespace FactCheck.Core.Documents;

/// <summary>
/// Turns the bytes of a draft into an <see cref="ExtractedDocument"/>: detects the format and the text encoding,
/// extracts plain text with a source map. Throws <see cref="DocumentInputException"/> with a one-line reason for
/// anything it cannot check ("name: what is wrong; what to do").
/// </summary>
public static class DocumentReader
{
    private const string SupportedExtensions = ".txt, .text, .md, .markdown, .html, .htm or .docx";

    public static ExtractedDocument Read(string name, byte[] content, DocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        options ??= DocumentReaderOptions.Default;
        var format = options.Format ?? FormatFromName(name)
            ?? throw new DocumentInputException($"{name}: unsupported file type '{Path.GetExtension(name)}'; save the draft as {SupportedExtensions}.");
        if (content.Length > options.MaxBytes)
        {
            throw TooLarge(name, content.Length, options.MaxBytes);
        }

        if (content.Length == 0)
        {
            throw new DocumentInputException($"{name}: the file is empty; there is nothing to check.");
        }

        var document = format == DocumentFormat.Docx ? ReadDocx(name, content, options) : ReadText(name, content, format);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new DocumentInputException(format == DocumentFormat.PlainText
                ? $"{name}: has no text (only whitespace); check that the right file was uploaded."
                : $"{name}: has no text outside markup and code; check that the right file was uploaded.");
        }

        return document;
    }

    /// <summary>Reads a draft from a stream, never buffering more than <see cref="DocumentReaderOptions.MaxBytes"/> + 1 bytes.</summary>
    public static ExtractedDocument Read(string name, Stream content, DocumentReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= DocumentReaderOptions.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = content.Read(chunk, 0, NextChunkLength(buffer.Length, chunk.Length, options.MaxBytes));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                throw TooLarge(name, content.CanSeek ? content.Length : null, options.MaxBytes);
            }
        }

        return Read(name, buffer.ToArray(), options);
    }

    /// <summary>Reads a draft from a stream asynchronously, never buffering more than <see cref="DocumentReaderOptions.MaxBytes"/> + 1 bytes.</summary>
    public static async Task<ExtractedDocument> ReadAsync(string name, Stream content, DocumentReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= DocumentReaderOptions.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, NextChunkLength(buffer.Length, chunk.Length, options.MaxBytes)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                throw TooLarge(name, content.CanSeek ? content.Length : null, options.MaxBytes);
            }
        }

        return Read(name, buffer.ToArray(), options);
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

    private static int NextChunkLength(long buffered, int chunkLength, long maxBytes) =>
        (int)Math.Min(chunkLength, maxBytes + 1 - buffered);

    private static ExtractedDocument ReadDocx(string name, byte[] content, DocumentReaderOptions options)
    {
        if (StartsWithOleSignature(content))
        {
            throw new DocumentInputException($"{name}: is a legacy Word 97-2003 (.doc) file, not a .docx; open it in Word and save it as .docx.");
        }

        return DocxExtractor.Extract(name, content, options);
    }

    private static ExtractedDocument ReadText(string name, byte[] content, DocumentFormat format)
    {
        if (content.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            throw new DocumentInputException($"{name}: is a zip archive (most likely a .docx saved under a text name), not a text draft; rename it to .docx or export it as text.");
        }

        if (StartsWithOleSignature(content))
        {
            throw new DocumentInputException($"{name}: is a legacy Word 97-2003 (.doc) file, not a text draft; open it in Word and save it as .docx.");
        }

        var text = TextDecoder.Decode(name, content);
        return format switch
        {
            DocumentFormat.Markdown => MarkdownExtractor.Extract(name, text),
            DocumentFormat.Html => HtmlExtractor.Extract(name, text),
            _ => ExtractedDocument.FromPlainText(text, name),
        };
    }

    private static bool StartsWithOleSignature(byte[] content) =>
        content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    private static DocumentTooLargeException TooLarge(string name, long? size, long maxBytes) => new(name, size, maxBytes);
}
