using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FactCheck.Core.Documents;

/// <summary>
/// Extracts the paragraphs of a .docx main document body (table cells included) in document order. The source
/// position of a character is its paragraph number (line, counting every body paragraph, empty ones too) and its
/// 1-based character within that paragraph (column). The zip is inspected before OpenXml touches it, so a zip bomb
/// is refused by its declared sizes instead of being inflated.
/// </summary>
internal static class DocxExtractor
{
    private const long AbsoluteExpandedLimit = 100L * 1024 * 1024;
    private const long SuspiciousEntrySize = 1024 * 1024;
    private const long SuspiciousRatio = 100;

    public static ExtractedDocument Extract(string name, byte[] content, DocumentReaderOptions options)
    {
        var expandedLimit = Math.Min(AbsoluteExpandedLimit, options.MaxBytes * 20);
        CheckArchive(name, content, expandedLimit);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = expandedLimit };
            using var package = WordprocessingDocument.Open(stream, false, settings);
            var body = package.MainDocumentPart?.Document?.Body
                ?? throw NotValid(name, "it has no main document part", null);
            var styles = package.MainDocumentPart.StyleDefinitionsPart?.Styles;
            var builder = new PlainTextBuilder();
            var paragraphNumber = 0;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                // Text boxes are stored twice (DrawingML choice and VML fallback): read the fallback only when
                // no choice holds readable paragraphs.
                if (paragraph.Ancestors<AlternateContentFallback>().Any(f =>
                        f.Parent is AlternateContent content && content.Elements<AlternateContentChoice>().Any(c => c.Descendants<Paragraph>().Any())))
                {
                    continue;
                }

                paragraphNumber++;
                builder.EndBlock();
                builder.NextBlockKind = KindOf(paragraph, styles);
                AppendParagraph(paragraph, paragraphNumber, builder);
            }

            return builder.Build(name, DocumentFormat.Docx, DateOf(package), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                      or InvalidOperationException or FormatException or NotSupportedException
                                      or ArgumentException or UnauthorizedAccessException)
        {
            throw NotValid(name, "its contents cannot be read", e);
        }
    }

    private static void CheckArchive(string name, byte[] content, long expandedLimit)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var hasDocument = false;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                var suspicious = entry.Length > SuspiciousEntrySize && entry.Length > SuspiciousRatio * Math.Max(1, entry.CompressedLength);
                if (total > expandedLimit || suspicious)
                {
                    var expanded = archive.Entries.Sum(e => e.Length);
                    throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: refused: expands to {expanded:N0} bytes (zip bomb?); re-save the document from Word, or split it if it is really this large."));
                }

                hasDocument |= entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
            }

            if (!hasDocument)
            {
                throw NotValid(name, "a zip archive without Word content", null);
            }
        }
        catch (InvalidDataException e)
        {
            throw NotValid(name, "not a zip archive or a damaged one", e);
        }
    }

    private static void AppendParagraph(Paragraph paragraph, int paragraphNumber, PlainTextBuilder builder)
    {
        var column = 1;
        foreach (var element in paragraph.Descendants())
        {
            string? text = element switch
            {
                Text t => t.Text,
                TabChar => "\t",
                Break or CarriageReturn => "\n",
                NoBreakHyphen => "-",
                _ => null,
            };

            // A paragraph inside a text box inside this paragraph is read on its own turn.
            if (text is null || text.Length == 0 || element.Ancestors<Paragraph>().First() != paragraph)
            {
                continue;
            }

            var position = new SourcePosition(paragraphNumber, column);
            if (text == "\n")
            {
                builder.AppendLineBreak(position);
            }
            else if (text.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                builder.AppendSynthetic(text, position);
            }
            else
            {
                builder.AppendVerbatim(text, position);
            }

            column += text.Length;
        }
    }

    private static BlockKind KindOf(Paragraph paragraph, Styles? styles)
    {
        if (paragraph.Ancestors<TableCell>().Any())
        {
            return BlockKind.TableCell;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styleId is not null)
        {
            var styleName = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value;
            if (IsHeadingStyle(styleId) || IsHeadingStyle(styleName))
            {
                return BlockKind.Heading;
            }

            if (IsQuoteStyle(styleId) || IsQuoteStyle(styleName))
            {
                return BlockKind.Quote;
            }
        }

        return properties?.NumberingProperties is not null ? BlockKind.ListItem : BlockKind.Paragraph;
    }

    private static bool IsHeadingStyle(string? style) => style is not null &&
        (style.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase));

    private static bool IsQuoteStyle(string? style) => style is not null &&
        (style.Equals("Quote", StringComparison.OrdinalIgnoreCase) || style.Equals("IntenseQuote", StringComparison.OrdinalIgnoreCase) ||
         style.Equals("Intense Quote", StringComparison.OrdinalIgnoreCase));

    // Modified first: a draft started from an old template keeps the template's creation date, while the last
    // save is the closest the package gets to the day the article was written.
    private static DateOnly? DateOf(WordprocessingDocument package)
    {
        var properties = package.PackageProperties;
        var date = properties.Modified ?? properties.Created;
        return date is null ? null : DateOnly.FromDateTime(date.Value);
    }

    private static DocumentInputException NotValid(string name, string reason, Exception? inner) =>
        inner is null
            ? new DocumentInputException($"{name}: is not a valid .docx ({reason}); re-save it from Word as .docx.")
            : new DocumentInputException($"{name}: is not a valid .docx ({reason}); re-save it from Word as .docx.", inner);
}
