using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

public sealed class HtmlExtractorTests
{
    private static ExtractedDocument Read(string html) => DocumentReader.Read("draft.html", Encoding.UTF8.GetBytes(html));

    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Davutoglu title is not text</title>
          <meta property="article:published_time" content="2024-03-09T22:15:00-05:00">
          <style>p { color: red } </style>
        </head>
        <body>
          <script>var s = "<p>Davutoglu in script</p>";</script>
          <article>
            <h1>Ministers   meet</h1>
            <p>Turkish Foreign Minister <b>Mevlut
               Cavusoglu</b> spoke<br>to <a href="https://example.org">reporters</a>.</p>
            <ul><li>one</li><li>two</li></ul>
            <blockquote><p>Davutoglu highlighted the risks.</p></blockquote>
            <table><tr><td>Ali</td><th>Envoy</th></tr></table>
            <figure><img src="x.png" alt="Erdogan portrait"><figcaption>A caption</figcaption></figure>
          </article>
          <noscript>Enable scripts</noscript>
          <template><p>Template text</p></template>
        </body>
        </html>
        """;

    [Fact]
    public void Blocks_follow_block_elements_and_hidden_content_is_skipped()
    {
        var document = Read(Page);
        Assert.Equal(
            [
                "Ministers meet",
                "Turkish Foreign Minister Mevlut Cavusoglu spoke\nto reporters.",
                "one", "two",
                "Davutoglu highlighted the risks.",
                "Ali", "Envoy",
                "A caption",
            ],
            SourceText.BlockTexts(document));
        Assert.Equal(
            [
                BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote,
                BlockKind.TableCell, BlockKind.TableCell, BlockKind.Paragraph,
            ],
            document.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain("script", document.Text);
        Assert.DoesNotContain("title", document.Text);
        Assert.DoesNotContain("Erdogan", document.Text);
        Assert.DoesNotContain("color", document.Text);
    }

    [Theory]
    [InlineData("Cavusoglu")]
    [InlineData("Davutoglu", 0, 2)]
    [InlineData("reporters")]
    [InlineData("Envoy")]
    [InlineData("meet")]
    public void Words_map_back_to_their_line_and_column(string word, int plainOccurrence = 0, int sourceOccurrence = 0)
    {
        SourceText.AssertMapsVerbatim(Read(Page), Page, word, plainOccurrence, sourceOccurrence);
    }

    [Fact]
    public void Published_time_meta_is_the_metadata_date()
    {
        Assert.Equal(new DateOnly(2024, 3, 9), Read(Page).MetadataDate);
    }

    [Theory]
    [InlineData("""<html><head><meta name="date" content="2023-11-02"></head><body><p>x</p></body></html>""", "2023-11-02")]
    [InlineData("""<body><article><time datetime="2022-01-05T10:00">Jan 5</time><p>x</p></article></body>""", "2022-01-05")]
    [InlineData("""<body><time datetime="2022-01-05">outside an article</time></body>""", null)]
    public void Other_date_metadata_is_read(string html, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read(html).MetadataDate);
    }

    [Fact]
    public void Character_references_are_decoded_and_malformed_ones_kept()
    {
        var html = "<p>Caf&eacute; &amp; &#8220;quoted&#x201D; &#150; &bogus; AT&T &#; Davutoglu</p>";
        var document = Read(html);
        Assert.Equal("Café & “quoted” – &bogus; AT&T &#; Davutoglu", document.Text);
        Assert.Equal(SourceText.PositionOf(html, "&eacute;"), document.PositionOf(document.Text.IndexOf('é')));
        Assert.Equal(SourceText.PositionOf(html, "&#x201D;"), document.PositionOf(document.Text.IndexOf('”')));
        SourceText.AssertMapsVerbatim(document, html, "&bogus;");
        SourceText.AssertMapsVerbatim(document, html, "Davutoglu");
    }

    [Fact]
    public void Whitespace_collapses_like_a_browser()
    {
        var document = Read("<div>\n  one\t\t two <span> three </span>\r\n four  </div><p>   five</p>");
        Assert.Equal(["one two three four", "five"], SourceText.BlockTexts(document));
    }

    [Fact]
    public void Unterminated_markup_does_not_hang_or_throw()
    {
        Assert.Equal("text 3 < 4 and", Read("<p>text 3 < 4 and <a href=\"unclosed").Text);
        Assert.Equal("before", Read("<p>before<!-- never closed <p>after").Text);
    }

    [Fact]
    public void Hundred_thousand_nested_divs_are_read()
    {
        const int depth = 100_000;
        var html = new StringBuilder()
            .Insert(0, "<div>", depth).Append("Davutoglu at the bottom").Insert(0, "<body>")
            .Append(new StringBuilder().Insert(0, "</div>", depth)).Append("<p>after</p>")
            .ToString();
        var document = Read(html);
        Assert.Equal(["Davutoglu at the bottom", "after"], SourceText.BlockTexts(document));
        SourceText.AssertMapsVerbatim(document, html, "Davutoglu");
    }

    [Fact]
    public void Five_megabyte_single_line_is_read()
    {
        const string sentence = "Davutoglu <b>spoke</b> &amp; left. ";
        var repeats = 5 * 1024 * 1024 / sentence.Length;
        var html = "<p>" + string.Concat(Enumerable.Repeat(sentence, repeats)) + "</p>";
        var document = Read(html);
        Assert.Single(document.Blocks);
        Assert.Equal(repeats * "Davutoglu spoke & left. ".Length - 1, document.Text.Length);
        var last = document.Text.LastIndexOf("Davutoglu", StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(1, html.LastIndexOf("Davutoglu", StringComparison.Ordinal) + 1), document.PositionOf(last));
    }

    [Fact]
    public void Preformatted_text_keeps_its_line_breaks()
    {
        var html = "<pre>line one\n  Davutoglu</pre>";
        var document = Read(html);
        Assert.Equal("line one\n  Davutoglu", document.Text);
        SourceText.AssertMapsVerbatim(document, html, "Davutoglu");
    }
}
