using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using FactCheck.Core.Tests.Documents;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>Generators for drafts: raw bytes, markup soup, damaged .docx packages, and news-like text full of names.</summary>
public static class HostileArbitraries
{
    public static readonly string[] FileNames = ["draft.txt", "draft.md", "draft.markdown", "draft.html", "draft.htm", "draft.docx"];

    private static readonly string[] MarkupPieces =
    [
        "<", ">", "</", "/>", "<p>", "</p>", "<div>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[",
        "&amp;", "&#", "&#x", ";", "\"", "'", "=", "[", "]", "(", ")", "*", "_", "`", "```", "#", "> ", "- ", "1. ", "|",
        "\n", "\r\n", "\t", " ", "  ", "\\", "!", "http://", "<!-- factcheck-disable -->", "\u00a0", "\u200b", "\ud83d\ude00",
        "\ud800", "\udc00", "\u0301", "é", "ı", "ß", "Ş", "Davutoglu", "Cavusoglu", "Mevlut", "Minister", "said", ".",
        "\uFEFF", "\u2028", "\0",
    ];

    private static readonly string[] NewsPieces =
    [
        "Turkish", "Foreign", "Minister", "Mevlut", "Cavusoglu", "Davutoglu", "President", "Mr.", "Dr.", "Ms", "Maria",
        "Karin", "Elias", "Kalomer", "Kalomir", "Zelensky", "Zelenskyy", "al-Mekdad", "Miqdad", "O'Brien", "Jong-un",
        "said", "told", "on", "Monday", ",", "March", "3", "2024", "Tuesday", "1,200", "people", "the", "of", "in",
        "Paris", "Ankara", "United", "Nations", "’s", "'s", ".", ".", ":", ";", "\"", "(", ")", "—", "-", " ", " ", " ",
        "\n", "\n\n", "\r\n", "\t", "\u00a0", "é", "ğ", "İ", "\ud83d\ude00", "\ud800", "\u0301", "former", "deputy", "then-",
    ];

    /// <summary>Any draft: a file name and bytes that are random, markup soup, or a damaged .docx.</summary>
    public static Arbitrary<(string Name, byte[] Content)> Draft() =>
        Gen.OneOf(
                Gen.Zip(Gen.Elements(FileNames), RandomBytes()),
                Gen.Zip(Gen.Elements(FileNames), Soup(MarkupPieces).Select(Encoding.UTF8.GetBytes)),
                Gen.Zip(Gen.Constant("draft.docx"), DamagedDocx()))
            .ToArbitrary();

    /// <summary>Any text a newsroom could type, or could not: names, roles, dates, numbers, broken Unicode.</summary>
    public static Arbitrary<string> Text() =>
        Gen.OneOf(Soup(NewsPieces), Soup(MarkupPieces), Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(c => new string(c)))
            .ToArbitrary();

    private static Gen<byte[]> RandomBytes() => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    private static Gen<string> Soup(string[] pieces) => Gen.ArrayOf(Gen.Elements(pieces)).Select(p => string.Join(' ', p) + string.Concat(p));

    private static Gen<byte[]> DamagedDocx()
    {
        var valid = DocxExtractorTests.BuildDocx(body => body.Append(
            new Paragraph(new Run(new Text("Turkish Foreign Minister Mevlut Cavusoglu met reporters."))),
            new Paragraph(new Run(new Text("Davutoglu said the talks would go on.")))));
        var damages = Gen.ArrayOf(Gen.Zip(Gen.Choose(0, valid.Length - 1), Gen.Choose(0, 255)));
        var truncations = Gen.Choose(1, valid.Length);
        return Gen.OneOf(
            damages.Select(d => Damage(valid, d)),
            truncations.Select(length => valid[..length]),
            Soup(MarkupPieces).Select(xml => WithDocumentXml(valid, xml)));
    }

    private static byte[] Damage(byte[] valid, (int Offset, int Value)[] damages)
    {
        var copy = (byte[])valid.Clone();
        foreach (var (offset, value) in damages)
        {
            copy[offset] = (byte)value;
        }

        return copy;
    }

    /// <summary>A well-formed zip whose word/document.xml is replaced by arbitrary markup.</summary>
    private static byte[] WithDocumentXml(byte[] valid, string xml)
    {
        var stream = new MemoryStream();
        stream.Write(valid);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")?.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), Encoding.UTF8);
            writer.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            writer.Write(xml);
            writer.Write("</w:t></w:r></w:p></w:body></w:document>");
        }

        return stream.ToArray();
    }
}
