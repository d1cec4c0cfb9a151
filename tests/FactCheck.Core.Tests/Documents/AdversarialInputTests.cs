using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

/// <summary>Hostile or broken inputs end in text or in a one-line <see cref="DocumentInputException"/>, never in anything else.</summary>
public sealed class AdversarialInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "brackets.md", new string('[', 100_000) + "x" },
        { "emphasis.md", string.Concat(Enumerable.Repeat("*a _b ", 50_000)) },
        { "lists.md", string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "quotes.md", string.Concat(Enumerable.Repeat("> > > quoted\n", 20_000)) },
        { "backticks.md", string.Concat(Enumerable.Repeat("`` ` ", 50_000)) },
        { "entities.md", string.Concat(Enumerable.Repeat("&#x1F600; &bogus; &", 20_000)) },
        { "links.md", string.Concat(Enumerable.Repeat("[a](", 50_000)) },
        { "lt.html", string.Concat(Enumerable.Repeat("a < b <c ", 50_000)) },
        { "tags.html", string.Concat(Enumerable.Repeat("<b x='1' y=\"2\" z=3 w>", 50_000)) + "text" },
        { "comments.html", string.Concat(Enumerable.Repeat("<!-- a -- b <!-", 50_000)) },
        { "scripts.html", string.Concat(Enumerable.Repeat("<script>x</scrip", 20_000)) },
        { "amps.html", string.Concat(Enumerable.Repeat("&&#&#x&amp&#99999999999;", 20_000)) + "<p>tail</p>" },
        { "lists.html", string.Concat(Enumerable.Repeat("<ul><li><table><td><blockquote><h1>", 20_000)) + "deep" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_ends_in_text_or_a_one_line_error(string name, string content)
    {
        try
        {
            var document = DocumentReader.Read(name, Encoding.UTF8.GetBytes(content));
            Assert.False(string.IsNullOrWhiteSpace(document.Text));
            foreach (var block in document.Blocks)
            {
                Assert.InRange(block.End, block.Start, document.Text.Length);
                var position = document.PositionOf(block.Start);
                Assert.True(position.Line >= 1 && position.Column >= 1);
            }
        }
        catch (DocumentInputException error)
        {
            DocumentReaderTests.AssertOneLine(error, name);
        }
    }

    [Theory]
    [InlineData("links.md", "[a](", 20_000, "'['")]
    [InlineData("brackets.md", "[", 100_000, "'['")]
    [InlineData("dashes.md", "- ", 50_000, "nested")]
    [InlineData("quotes.md", "> ", 50_000, "nested")]
    public void Markdown_shapes_that_make_markdig_quadratic_are_refused_up_front(string name, string unit, int repeats, string reason)
    {
        var content = string.Concat(Enumerable.Repeat(unit, repeats)) + "x";
        var error = Assert.Throws<DocumentInputException>(() => DocumentReader.Read(name, Encoding.UTF8.GetBytes(content)));
        DocumentReaderTests.AssertOneLine(error, name);
        Assert.Contains("line 1", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Ordinary_nesting_and_links_stay_within_the_markdown_guards()
    {
        var markdown = "> > - quoted [list](https://example.org/a_(b)) item with [[double]] brackets\n\n" +
                       string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', i * 2) + "- level\n"));
        var document = DocumentReader.Read("fine.md", Encoding.UTF8.GetBytes(markdown));
        Assert.StartsWith("quoted list item with [[double]] brackets", document.Text);
    }
}
