using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;
namespace FactCheck.Core.Tests.Documents;

// Inside the namespace, so the enum wins over OpenXml's root namespace of the same name.
#pragma warning disable IDE0065
using FactCheck.Core.Documents;
#pragma warning restore IDE0065

public sealed class DocxExtractorTests
{
    [Fact]
    public void Paragraphs_runs_tabs_breaks_and_tables_are_read_in_order()
    {
        var document = DocumentReader.Read("draft.docx", BuildDocx(body =>
        {
            body.Append(StyledParagraph("Title", "Ministers meet"));
            body.Append(new Paragraph(
                new Run(new Text("Turkish Foreign Minister ")),
                new Run(new RunProperties(new Bold()), new Text("Mevlut Cavusoglu")),
                new Run(new TabChar(), new Text("spoke"), new Break(), new Text("to reporters."))));
            body.Append(new Paragraph());
            body.Append(StyledParagraph("Heading2", "Reaction"));
            body.Append(new Table(new TableRow(
                new TableCell(new Paragraph(new Run(new Text("Ali")))),
                new TableCell(new Paragraph(new Run(new Text("Envoy")))))));
            body.Append(new Paragraph(new Run(new Text("Davutoglu highlighted the risks."))));
        }));

        Assert.Equal(
            [
                "Ministers meet",
                "Turkish Foreign Minister Mevlut Cavusoglu\tspoke\nto reporters.",
                "Reaction", "Ali", "Envoy",
                "Davutoglu highlighted the risks.",
            ],
            SourceText.BlockTexts(document));
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.TableCell, BlockKind.TableCell, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
        Assert.Equal(DocumentFormat.Docx, document.Format);
    }

    [Fact]
    public void Numbered_and_quote_paragraphs_get_their_kind_and_deleted_text_is_left_out()
    {
        var document = DocumentReader.Read("draft.docx", BuildDocx(body =>
        {
            body.Append(new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                new Run(new Text("A numbered point"))));
            body.Append(StyledParagraph("Quote", "A quoted line"));
            body.Append(new Paragraph(
                new Run(new Text("Kept ") { Space = SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("Davutoglu "))),
                new Run(new Text("text"))));
        }));

        Assert.Equal(["A numbered point", "A quoted line", "Kept text"], SourceText.BlockTexts(document));
        Assert.Equal([BlockKind.ListItem, BlockKind.Quote, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Text_box_stored_twice_is_read_once_after_its_anchor_paragraph()
    {
        var document = DocumentReader.Read("draft.docx", BuildDocx(body =>
        {
            body.Append(new Paragraph(
                new Run(new Text("Anchor")),
                new Run(new AlternateContent(
                    new AlternateContentChoice(new Drawing(new DW.Inline(new A.Graphic(new A.GraphicData(
                        new Wps.WordprocessingShape(new Wps.TextBoxInfo2(new TextBoxContent(new Paragraph(new Run(new Text("Box Davutoglu")))))))
                    { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))))
                    { Requires = "wps" },
                    new AlternateContentFallback(new Picture(new V.Shape(new V.TextBox(new TextBoxContent(new Paragraph(new Run(new Text("Box Davutoglu"))))))))))));
            body.Append(new Paragraph(new Run(new Text("After"))));
        }));

        Assert.Equal(["Anchor", "Box Davutoglu", "After"], SourceText.BlockTexts(document));
        Assert.Equal(new SourcePosition(3, 1), document.PositionOf(document.Text.IndexOf("After", StringComparison.Ordinal)));
    }

    [Fact]
    public void Line_is_the_paragraph_number_and_column_the_character_in_it()
    {
        var second = "Turkish Foreign Minister Mevlut Cavusoglu spoke.";
        var sixth = "Later, Davutoglu highlighted the risks.";
        var document = DocumentReader.Read("draft.docx", BuildDocx(body =>
        {
            body.Append(new Paragraph(new Run(new Text("Headline"))));
            body.Append(new Paragraph(
                new Run(new Text(second[..25]) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new Text(second[25..]))));
            body.Append(new Paragraph(), new Paragraph(), new Paragraph());
            body.Append(new Paragraph(new Run(new Text(sixth))));
        }));

        var cavusoglu = document.Text.IndexOf("Cavusoglu", StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(2, second.IndexOf("Cavusoglu", StringComparison.Ordinal) + 1), document.PositionOf(cavusoglu));
        var davutoglu = document.Text.IndexOf("Davutoglu", StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(6, sixth.IndexOf("Davutoglu", StringComparison.Ordinal) + 1), document.PositionOf(davutoglu));
        Assert.Equal(new SourcePosition(6, sixth.IndexOf("Davutoglu", StringComparison.Ordinal) + 9), document.PositionOf(davutoglu + 8));
    }

    [Fact]
    public void Modified_date_is_preferred_over_created()
    {
        var bytes = BuildDocx(
            body => body.Append(new Paragraph(new Run(new Text("Text")))),
            created: new DateTime(2019, 1, 2, 8, 0, 0, DateTimeKind.Utc),
            modified: new DateTime(2024, 6, 30, 12, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2024, 6, 30), DocumentReader.Read("a.docx", bytes).MetadataDate);

        var createdOnly = BuildDocx(body => body.Append(new Paragraph(new Run(new Text("Text")))), created: new DateTime(2019, 1, 2, 8, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2019, 1, 2), DocumentReader.Read("a.docx", createdOnly).MetadataDate);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_not_a_valid_docx()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.docx", "plain words, not a zip"u8.ToArray()));
        DocumentReaderTests.AssertOneLine(error, "draft.docx");
        Assert.Contains("not a valid .docx", error.Message);
        Assert.Contains("re-save", error.Message);
    }

    [Fact]
    public void Truncated_docx_is_not_a_valid_docx()
    {
        var bytes = BuildDocx(body => body.Append(new Paragraph(new Run(new Text("Text")))));
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.docx", bytes[..(bytes.Length / 2)]));
        DocumentReaderTests.AssertOneLine(error, "draft.docx");
        Assert.Contains("not a valid .docx", error.Message);
    }

    [Fact]
    public void Corrupt_document_xml_is_not_a_valid_docx()
    {
        var bytes = BuildDocx(body => body.Append(new Paragraph(new Run(new Text("Text")))));
        var corrupted = ReplaceEntry(bytes, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.docx", corrupted));
        DocumentReaderTests.AssertOneLine(error, "draft.docx");
        Assert.Contains("not a valid .docx", error.Message);
    }

    [Fact]
    public void Zip_without_word_content_is_not_a_valid_docx()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.docx", DocumentReaderTests.ZipWith(("notes.txt", "hello"))));
        DocumentReaderTests.AssertOneLine(error, "draft.docx");
        Assert.Contains("not a valid .docx", error.Message);
    }

    [Fact]
    public void Zip_with_content_types_but_no_document_is_not_a_valid_docx()
    {
        var zip = DocumentReaderTests.ZipWith(
            ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""));
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.docx", zip));
        DocumentReaderTests.AssertOneLine(error, "draft.docx");
        Assert.Contains("not a valid .docx", error.Message);
    }

    [Fact]
    public void Zip_bomb_is_refused_before_it_is_expanded()
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                entry.Write(zeros);
            }
        }

        var bytes = stream.ToArray();
        Assert.True(bytes.Length < 64 * 1024);
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("bomb.docx", bytes, new DocumentReaderOptions { MaxBytes = 64 * 1024 }));
        DocumentReaderTests.AssertOneLine(error, "bomb.docx");
        Assert.Contains("zip bomb", error.Message);
        Assert.Contains((8 * 1024 * 1024).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Document_with_only_empty_paragraphs_has_no_text()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("blank.docx", BuildDocx(body => body.Append(new Paragraph(), new Paragraph()))));
        Assert.Contains("has no text", error.Message);
    }

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    internal static byte[] BuildDocx(Action<Body> fill, DateTime? created = null, DateTime? modified = null)
    {
        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            package.PackageProperties.Created = created;
            package.PackageProperties.Modified = modified;
        }

        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] zip, string entryName, string content)
    {
        var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entryName)!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }
}
