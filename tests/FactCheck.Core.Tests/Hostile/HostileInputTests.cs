using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Reports;
using FactCheck.Core.Tests.Documents;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>
/// Hostile drafts, end to end through extraction and the full check with the default limits: each ends in a
/// report whose locations lie inside the text, or in a one-line input error. (Extractor-level shapes live in
/// Documents/AdversarialInputTests.)
/// </summary>
public sealed class HostileInputTests
{
    private const int FiveMegabytes = 5 * 1024 * 1024;
    private static readonly DocumentChecker Checker = new(new LocalEntityRecognizer());

    [Fact]
    public void A_docx_zip_bomb_is_refused_with_the_default_limits()
    {
        var bomb = DocxWithDocumentXml(PaddedDocumentXml(256 * 1024 * 1024));
        Assert.True(bomb.Length < DocumentReaderOptions.DefaultMaxBytes / 10, $"the bomb is {bomb.Length} bytes");

        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("bomb.docx", bomb));
        DocumentReaderTests.AssertOneLine(error, "bomb.docx");
        Assert.Contains("zip bomb", error.Message);
    }

    [Fact]
    public void A_docx_zip_bomb_that_lies_about_its_size_is_refused()
    {
        // The central directory claims a few kilobytes; the deflated data expands to 64 MB.
        var bomb = DocxWithDocumentXml(PaddedDocumentXml(64 * 1024 * 1024));
        ClaimUncompressedSize(bomb, "word/document.xml", 4096);

        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read("liar.docx", bomb));
        DocumentReaderTests.AssertOneLine(error, "liar.docx");
        Assert.Contains("not a valid .docx", error.Message);
    }

    [Fact]
    public async Task Html_nested_a_hundred_thousand_deep_checks_to_a_report()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body><h1>Deep story</h1>")
            .Append(new StringBuilder().Insert(0, "<div><span>", depth))
            .Append("Turkish Foreign Minister Mevlut Cavusoglu spoke. Davutoglu said more.")
            .Append(new StringBuilder().Insert(0, "</span></div>", depth))
            .Append("</body></html>")
            .ToString();

        var report = await CheckBytes("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.NotNull(report);
        Assert.Contains(report.Flags, f => f.Rule == "name-mismatch" && f.Location.Text == "Davutoglu");
    }

    [Fact]
    public async Task Html_opened_a_hundred_thousand_deep_and_never_closed_checks_to_a_report()
    {
        var html = new StringBuilder().Insert(0, "<div><b><i><ul><li>", 100_000).Append("Mevlut Cavusoglu spoke.").ToString();
        var report = await CheckBytes("unclosed.html", Encoding.UTF8.GetBytes(html));
        Assert.NotNull(report);
    }

    public static TheoryData<string> SingleLineNames() => new() { "line.txt", "line.md", "line.html" };

    [Theory]
    [MemberData(nameof(SingleLineNames))]
    public async Task A_five_megabyte_single_line_checks_to_a_report_or_a_one_line_error(string name)
    {
        // Names at both ends of a five-megabyte line of lower-case prose: the check must get from one to the other.
        var line = new StringBuilder("Turkish Foreign Minister Mevlut Cavusoglu met reporters on Monday, ", FiveMegabytes + 100);
        while (line.Length < FiveMegabytes)
        {
            line.Append("the count went on through the night and into the next day, ");
        }

        line.Append("and Davutoglu said 1,200 people came.");

        var report = await CheckBytes(name, Encoding.UTF8.GetBytes(line.ToString()));

        if (report is not null)
        {
            Assert.True(report.Text!.Length >= FiveMegabytes);
            Assert.Contains(report.Flags, f => f.Rule == "name-mismatch" && f.Location.Text == "Davutoglu");
        }
    }

    [Fact]
    public async Task A_five_megabyte_word_without_spaces_checks_to_a_report()
    {
        var report = await CheckBytes("word.txt", Encoding.UTF8.GetBytes("Headline\n\n" + new string('A', FiveMegabytes)));
        Assert.NotNull(report);
    }

    [Fact]
    public async Task An_article_naming_ten_thousand_different_people_checks_to_a_report()
    {
        var text = GeneratedArticles.WithPeople(10_000);

        var report = await CheckBytes("crowd.txt", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(report);
        var people = report.Entities.Where(e => e.Category == EntityCategory.Person).Select(e => e.Text).ToHashSet();
        Assert.Contains(GeneratedArticles.FullName(0), people);
        Assert.Contains(GeneratedArticles.FullName(9_999), people);
        Assert.True(people.Count >= 10_000, $"{people.Count} distinct person texts");
        var json = JsonReportWriter.ToJson(new Report([report])).ToString(Newtonsoft.Json.Formatting.None);
        Assert.True(json.Length > text.Length / 10);
    }

    /// <summary>Extracts and checks; null when the draft was refused with a one-line input error.</summary>
    private static async Task<FileReport?> CheckBytes(string name, byte[] content)
    {
        ExtractedDocument document;
        try
        {
            document = DocumentReader.Read(name, content);
        }
        catch (DocumentInputException error)
        {
            DocumentReaderTests.AssertOneLine(error, name);
            return null;
        }

        var report = await Checker.CheckAsync(document);
        foreach (var flag in report.Flags)
        {
            CheckerPropertyTests.AssertInside(document.Text, flag.Location, flag.Rule);
        }

        return report;
    }

    private static Func<Stream, long> PaddedDocumentXml(long paddingBytes) => stream =>
    {
        var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
        var tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");
        stream.Write(head);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        for (long written = 0; written < paddingBytes; written += chunk.Length)
        {
            stream.Write(chunk);
        }

        stream.Write(tail);
        return head.Length + paddingBytes + tail.Length;
    };

    private static byte[] DocxWithDocumentXml(Func<Stream, long> writeDocumentXml)
    {
        var valid = DocxExtractorTests.BuildDocx(body => body.Append(new Paragraph(new Run(new Text("placeholder")))));
        var stream = new MemoryStream();
        stream.Write(valid);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            writeDocumentXml(entry);
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size of an entry in its local header and in the central directory.</summary>
    private static void ClaimUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }
}
