using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

public sealed class MarkdownExtractorTests
{
    private static ExtractedDocument Read(string markdown) => DocumentReader.Read("draft.md", Encoding.UTF8.GetBytes(markdown));

    [Fact]
    public void Blocks_carry_their_kind_and_markup_is_removed()
    {
        var markdown = """
            # Ministers *meet* in Ankara

            Turkish Foreign Minister **Mevlut Cavusoglu** spoke to [reporters](https://example.org/x) on Monday.

            - first point
            - second `point`

            > Davutoglu highlighted the risks.

            | Name | Role |
            |------|------|
            | Ali  | Envoy |
            """;
        var document = Read(markdown);

        Assert.Equal(
            [
                "Ministers meet in Ankara",
                "Turkish Foreign Minister Mevlut Cavusoglu spoke to reporters on Monday.",
                "first point",
                "second point",
                "Davutoglu highlighted the risks.",
                "Name", "Role", "Ali", "Envoy",
            ],
            SourceText.BlockTexts(document));
        Assert.Equal(
            [
                BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote,
                BlockKind.TableCell, BlockKind.TableCell, BlockKind.TableCell, BlockKind.TableCell,
            ],
            document.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain("https://", document.Text);
        Assert.Contains("Ankara\n\nTurkish", document.Text);
    }

    [Theory]
    [InlineData("Davutoglu")]
    [InlineData("Cavusoglu")]
    [InlineData("Ankara")]
    [InlineData("reporters")]
    [InlineData("risks")]
    [InlineData("Envoy")]
    public void Words_map_back_to_their_line_and_column(string word)
    {
        var markdown = """
            # Ministers meet in Ankara

            Turkish Foreign Minister **Mevlut Cavusoglu** spoke to
            [reporters](https://example.org/x) on Monday, and then
              *Davutoglu* highlighted the risks.

            | Name | Role |
            |------|------|
            | Ali  | Envoy |
            """;
        SourceText.AssertMapsVerbatim(Read(markdown), markdown, word);
    }

    [Fact]
    public void Positions_survive_crlf_line_endings()
    {
        var markdown = "# Title\r\n\r\nFirst line\r\nsecond *Davutoglu* line\r\n";
        var document = Read(markdown);
        Assert.Equal("First line second Davutoglu line", SourceText.BlockTexts(document)[1]);
        SourceText.AssertMapsVerbatim(document, markdown, "Davutoglu");
    }

    [Fact]
    public void Code_blocks_and_images_are_left_out_but_code_spans_are_kept()
    {
        var markdown = """
            Before ![Erdogan portrait](img.png) the `Cavusoglu` span.

            ```
            Davutoglu in a fenced block
            ```

                Davutoglu in an indented block

            After.
            """;
        var document = Read(markdown);
        Assert.Equal(["Before  the Cavusoglu span.", "After."], SourceText.BlockTexts(document));
        SourceText.AssertMapsVerbatim(document, markdown, "Cavusoglu");
    }

    [Fact]
    public void Entities_and_escapes_are_decoded_and_mapped_to_their_source()
    {
        var markdown = "Caf&eacute; \\*not emphasis\\* &amp; Davutoglu";
        var document = Read(markdown);
        Assert.Equal("Café *not emphasis* & Davutoglu", document.Text);
        Assert.Equal(SourceText.PositionOf(markdown, "&eacute;"), document.PositionOf(document.Text.IndexOf('é')));
        Assert.Equal(SourceText.PositionOf(markdown, "&amp;"), document.PositionOf(document.Text.IndexOf('&')));
        SourceText.AssertMapsVerbatim(document, markdown, "Davutoglu");
    }

    [Fact]
    public void Front_matter_is_not_text_and_its_date_is_the_metadata_date()
    {
        var markdown = """
            ---
            title: Davutoglu in the front matter
            date: 2024-05-17T09:30:00+03:00
            ---
            # Headline

            Body.
            """;
        var document = Read(markdown);
        Assert.Equal(["Headline", "Body."], SourceText.BlockTexts(document));
        Assert.Equal(new DateOnly(2024, 5, 17), document.MetadataDate);
        SourceText.AssertMapsVerbatim(document, markdown, "Headline");
    }

    [Fact]
    public void Document_without_front_matter_has_no_metadata_date()
    {
        Assert.Null(Read("Just text.").MetadataDate);
    }

    [Fact]
    public void Nested_quotes_are_read_as_one_quote_block()
    {
        var document = Read(new string('>', 50) + " Davutoglu deep down");
        Assert.Equal("Davutoglu deep down", document.Text);
        Assert.Equal(BlockKind.Quote, Assert.Single(document.Blocks).Kind);
    }

    [Fact]
    public void Pathological_nesting_is_a_clear_input_error()
    {
        var error = Assert.Throws<DocumentInputException>(() => Read(new string('>', 5000) + " Davutoglu deep down"));
        DocumentReaderTests.AssertOneLine(error, "draft.md");
        Assert.Contains("nested", error.Message);
    }
}
