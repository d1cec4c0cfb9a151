using System.IO.Compression;
using System.Text;
namespace FactCheck.Core.Tests.Documents;

// Inside the namespace, so the enum wins over OpenXml's root namespace of the same name.
#pragma warning disable IDE0065
using FactCheck.Core.Documents;
#pragma warning restore IDE0065

public sealed class DocumentReaderTests
{
    private const string Draft = "Foreign Minister Cavusoglu met reporters.\nDavutoglu highlighted the café.";

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("a.txt", DocumentFormat.PlainText)]
    [InlineData("a.TEXT", DocumentFormat.PlainText)]
    [InlineData("README", DocumentFormat.PlainText)]
    [InlineData("a.md", DocumentFormat.Markdown)]
    [InlineData("a.markdown", DocumentFormat.Markdown)]
    [InlineData("a.html", DocumentFormat.Html)]
    [InlineData("a.HTM", DocumentFormat.Html)]
    [InlineData("a.docx", DocumentFormat.Docx)]
    public void Format_follows_the_extension(string name, DocumentFormat expected)
    {
        Assert.Equal(expected, DocumentReader.FormatFromName(name));
    }

    [Fact]
    public void Unknown_extension_is_refused_naming_the_supported_ones()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.pdf", "text"u8.ToArray()));
        AssertOneLine(error, "draft.pdf");
        Assert.Contains(".pdf", error.Message);
        Assert.Contains(".docx", error.Message);
        Assert.Contains(".md", error.Message);
    }

    [Fact]
    public void Explicit_format_overrides_the_extension()
    {
        var document = DocumentReader.Read("upload.bin", "<p>Hello <b>there</b></p>"u8.ToArray(), new DocumentReaderOptions { Format = DocumentFormat.Html });
        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("Hello there", document.Text);
    }

    [Fact]
    public void Plain_utf8_text_is_kept_as_is_with_crlf()
    {
        var text = "Headline\r\nDavutoglu highlighted the café.\r\n";
        var document = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, document.Text);
        Assert.Equal(["Headline", "Davutoglu highlighted the café."], SourceText.BlockTexts(document));
        Assert.Equal(SourceText.PositionOf(text, "café"), document.PositionOf(document.Text.IndexOf("café", StringComparison.Ordinal)));
    }

    [Fact]
    public void Windows_1252_bytes_are_read_correctly()
    {
        var text = "Le café – “quoted” by Davutoglu";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        Assert.Equal(text, DocumentReader.Read("a.txt", bytes).Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        // Valid UTF-8 up to the 1252 byte for "é" (0xE9) followed by ASCII, which UTF-8 cannot decode.
        var bytes = Encoding.UTF8.GetBytes("naïve ").Concat(Encoding.GetEncoding(1252).GetBytes("café ok")).ToArray();
        var text = DocumentReader.Read("a.txt", bytes).Text;
        Assert.Equal(Encoding.GetEncoding(1252).GetString(bytes), text);
        Assert.EndsWith("café ok", text);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Byte_order_marks_select_the_encoding_and_are_stripped(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Draft)).ToArray();
        var document = DocumentReader.Read("a.txt", bytes);
        Assert.Equal(Draft, document.Text);
        Assert.Equal(SourceText.PositionOf(Draft, "Davutoglu"), document.PositionOf(document.Text.IndexOf("Davutoglu", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Draft);
        Assert.Equal(Draft, DocumentReader.Read("a.txt", bytes).Text);
    }

    [Fact]
    public void Png_bytes_are_refused_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("photo.txt", png));
        AssertOneLine(error, "photo.txt");
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Control_characters_without_nul_are_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("a.md", bytes));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("empty.txt", []));
        AssertOneLine(error, "empty.txt");
        Assert.Contains("empty", error.Message);
    }

    [Theory]
    [InlineData("a.txt", " \r\n\t \n")]
    [InlineData("a.md", "```\ncode only\n```\n")]
    [InlineData("a.html", "<html><head><title>Only a title</title></head><body> </body></html>")]
    public void Document_without_text_is_refused(string name, string content)
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read(name, Encoding.UTF8.GetBytes(content)));
        AssertOneLine(error, name);
        Assert.Contains("has no text", error.Message);
    }

    [Fact]
    public void File_over_the_limit_is_refused_naming_size_and_limit()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 1500));
        var error = Assert.Throws<DocumentTooLargeException>(() => DocumentReader.Read("big.txt", bytes, new DocumentReaderOptions { MaxBytes = 1000 }));
        AssertOneLine(error, "big.txt");
        Assert.Equal("big.txt: the file is 1,500 bytes, over the 1,000-byte limit; split it.", error.Message);
        Assert.Equal((1500L, 1000L), (error.Length!.Value, error.MaxBytes));

        // How to raise the limit depends on the host (a flag, an app setting): the core names none.
        Assert.Equal("big.txt: the file is 1,500 bytes, over the 1,000-byte limit; split it or raise --max-size.", error.WithAdvice("raise --max-size"));
    }

    [Fact]
    public void Stream_reading_stops_after_max_bytes_plus_one()
    {
        var source = new CountingStream(new byte[10_000]);
        var error = Assert.Throws<DocumentTooLargeException>(() => DocumentReader.Read("big.txt", source, new DocumentReaderOptions { MaxBytes = 1000 }));
        Assert.Contains("1,000", error.Message);
        Assert.Equal(1001, source.BytesRead);
    }

    [Fact]
    public async Task Stream_within_the_limit_reads_like_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Draft);
        var fromStream = await DocumentReader.ReadAsync("a.txt", new MemoryStream(bytes), new DocumentReaderOptions { MaxBytes = bytes.Length });
        Assert.Equal(Draft, fromStream.Text);
        Assert.Equal(Draft, DocumentReader.Read("a.txt", new MemoryStream(bytes)).Text);
    }

    [Fact]
    public void Zip_bytes_under_a_text_name_are_reported_as_a_docx_mistake()
    {
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("draft.txt", ZipWith(("word/document.xml", "<w:document/>"))));
        AssertOneLine(error, "draft.txt");
        Assert.Contains(".docx", error.Message);
    }

    [Fact]
    public void Legacy_doc_is_reported_as_such()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("old.docx", ole));
        AssertOneLine(error, "old.docx");
        Assert.Contains(".doc", error.Message);
    }

    internal static byte[] ZipWith(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    internal static void AssertOneLine(DocumentInputException error, string name)
    {
        Assert.StartsWith(name + ": ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("; ", error.Message);
    }

    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
