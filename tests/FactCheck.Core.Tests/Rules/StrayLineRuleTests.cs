using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class StrayLineRuleTests
{
    private readonly StrayLineRule _rule = new();

    private const string Body = "The ministers met in Moscow on Tuesday and agreed to meet again next month.";

    [Theory]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Turkey Kills SDF Leader North of Raqqa|]\n\n" + Body)]
    [InlineData("[|Logo Wide|]\n\nMinisters Meet in Moscow\n\n" + Body + "\n\n[|Helpful keywords|]")]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Read more:|]\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n[|Storm Batters Coast as 2 Ferries Cancelled|]\n\n" + Body + "\n\n" + Body)]
    public void Flags_pasted_headlines_and_page_furniture(string marked) => RuleHarness.AssertFlagsExactly(_rule, marked);

    [Theory]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n" + Body)]
    [InlineData("Former basketball player dies in helicopter crash, aged 41\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\nThe minister left early\n\n" + Body)]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\nMinisters Leave Moscow")]
    [InlineData("Ministers Meet in Moscow\n\n" + Body + "\n\n\"We Will Return,\" He Said.\n\n" + Body)]
    public void Does_not_flag_headlines_sentences_or_trailing_titles(string text) => Assert.Empty(RuleHarness.Run(_rule, text));

    [Fact]
    public void A_leading_furniture_line_does_not_make_the_real_headline_stray()
    {
        var flags = RuleHarness.AssertFlagsExactly(_rule, "[|Logo|]\n\nMinisters Meet in Moscow\n\n" + Body + "\n\n" + Body);
        Assert.Contains("furniture", flags[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_suppressed_lines_are_not_flagged()
    {
        var text = "Ministers Meet in Moscow\n\n" + Body + "\n\nReaction From the Capitals\n\n" + Body + "\n\nTurkey Kills SDF Leader\n\n" + Body;
        var blocks = PlainTextBlocks.Split(text);
        var headingAt = text.IndexOf("Reaction", StringComparison.Ordinal);
        var pastedAt = text.IndexOf("Turkey", StringComparison.Ordinal);
        var withHeading = blocks.Select(b => b.Start == headingAt ? b with { Kind = BlockKind.Heading } : b).ToArray();
        var document = new ExtractedDocument("draft.md", FactCheck.Core.Documents.DocumentFormat.Markdown, text, withHeading, SourceMap.Identity(text));
        var flag = Assert.Single(Run(document));
        Assert.Equal(pastedAt, flag.Location.Offset);

        var suppressed = new ExtractedDocument("draft.md", FactCheck.Core.Documents.DocumentFormat.Markdown, text, withHeading, SourceMap.Identity(text))
        {
            Suppressions = [new Suppression(pastedAt, pastedAt + 10, ["stray-line"])],
        };
        Assert.Empty(Run(suppressed));
    }

    private IReadOnlyList<FactCheck.Core.Model.Flag> Run(ExtractedDocument document) =>
        new RuleEngine([_rule]).Run(PersonResolver.Analyze(document, new RecognitionResult([])), CheckSettings.Default);
}
