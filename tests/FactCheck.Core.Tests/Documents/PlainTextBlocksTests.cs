using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Core.Tests.Documents;

public sealed class PlainTextBlocksTests
{
    // Wrapped at 71 columns the way a mail program or a wire feed would; "Marta Kovalenko" is cut by a wrap.
    private const string Wrapped = """
        Harbour Authority Names New Chief After Storm Review

        The regional harbour authority said on Thursday that it had named Marta
        Kovalenko as its new chief executive, three months after a storm review
        found that the old sea wall had been neglected for a decade.

        Kovalenko, who ran the port of a neighbouring province for six years,
        said the first task was to rebuild the northern breakwater before the
        winter storms arrive. Repairs are expected to cost about 40 million
        euros.

        Engineers welcomed the appointment. Kravchenko told the board that the
        work would start in the spring, a date the union called optimistic.
        """;

    [Fact]
    public void A_wrapped_paragraph_is_one_block_whose_wraps_read_as_spaces()
    {
        var document = ExtractedDocument.FromPlainText(Wrapped);

        var blocks = document.Blocks.Select(b => document.Text.Substring(b.Start, b.Length)).ToArray();
        Assert.Equal(4, blocks.Length);
        Assert.Equal("Harbour Authority Names New Chief After Storm Review", blocks[0]);
        Assert.StartsWith("The regional harbour authority said on Thursday that it had named Marta Kovalenko as its new", blocks[1], StringComparison.Ordinal);
        Assert.EndsWith("Repairs are expected to cost about 40 million euros.", blocks[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\n', string.Concat(blocks));
    }

    [Fact]
    public void Offsets_lines_and_columns_stay_those_of_the_file()
    {
        var document = ExtractedDocument.FromPlainText(Wrapped);
        Assert.Equal(Wrapped.Length, document.Text.Length);

        var secondKovalenko = Wrapped.IndexOf("Kovalenko,", StringComparison.Ordinal);
        Assert.Equal("Kovalenko,", document.Text.Substring(secondKovalenko, 10));
        Assert.Equal(new SourcePosition(7, 1), document.PositionOf(secondKovalenko));
        Assert.Equal(new SourcePosition(4, 1), document.PositionOf(Wrapped.IndexOf("Kovalenko as", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_name_cut_by_a_wrap_is_one_person_and_its_drift_is_still_caught()
    {
        var report = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(ExtractedDocument.FromPlainText(Wrapped));

        Assert.Contains(report.Entities, e => e.Category == EntityCategory.Person && e.Text == "Marta Kovalenko");
        var drift = Assert.Single(report.Flags, f => f.Rule == "name-mismatch");
        Assert.Equal("Kravchenko", drift.Location.Text);
        Assert.Equal(12, drift.Location.Line);
        Assert.DoesNotContain(report.Flags, f => f.Rule == "stray-line");
    }

    [Fact]
    public async Task A_pasted_headline_between_wrapped_paragraphs_is_still_its_own_line()
    {
        var text = Wrapped.Replace("\n\nEngineers", "\n\nPort Strike Ends After Two Days\n\nEngineers", StringComparison.Ordinal);
        var document = ExtractedDocument.FromPlainText(text);
        Assert.Contains(document.Blocks, b => document.Text.Substring(b.Start, b.Length) == "Port Strike Ends After Two Days");

        var report = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(document);
        Assert.Equal("Port Strike Ends After Two Days", Assert.Single(report.Flags, f => f.Rule == "stray-line").Location.Text);
    }

    [Fact]
    public void Windows_line_ends_wrap_the_same_way()
    {
        var crlf = Wrapped.ReplaceLineEndings("\r\n");
        var document = ExtractedDocument.FromPlainText(crlf);

        Assert.Equal(4, document.Blocks.Count);
        Assert.Equal(crlf.Length, document.Text.Length);
        Assert.Contains("named Marta  Kovalenko", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sergei Lavrov\nFaisal Mekdad\nHulusi Akar\nMevlut Cavusoglu")]
    [InlineData("Headline Of The Day\nA body line that runs on well past one hundred characters, as web copy does when every paragraph is one line.\nA second paragraph of the same article, also written on a single line and as long as it needs to be.\nEnd.")]
    [InlineData("Three lines that end early\nbecause the writer broke them\non purpose, not by wrapping.")]
    public void Text_that_is_not_hard_wrapped_keeps_one_block_per_line(string text)
    {
        var document = ExtractedDocument.FromPlainText(text);

        Assert.Equal(text.Split('\n').Length, document.Blocks.Count);
        Assert.Equal(text, document.Text);
    }
}
