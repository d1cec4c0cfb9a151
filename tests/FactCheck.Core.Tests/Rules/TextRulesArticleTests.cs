using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

/// <summary>Whole articles written for these tests, checked by the five text rules, compared in the line format.</summary>
public sealed class TextRulesArticleTests
{
    private static readonly IRule[] TextRules =
    [
        new SpellingVariantRule(), new NumberMismatchRule(), new DateWeekdayRule(), new DuplicateTextRule(), new StrayLineRule(),
    ];

    [Fact]
    public void Pasted_web_article_yields_every_text_flag()
    {
        const string article = """
            Site logo

            Harbour Deal Signed After Long Talks

            The port authority said the new deal ends years of uncertainty over the northern harbour and its jobs.

            Harbour Deal Signed After Long Talks

            The agreement, signed on Wednesday, March 14, 2024, covers the 12-kilometre harbour wall and the dredging of the main channel. Officials said it ends years of uncertainty over the northern harbour and its jobs for the town.

            Storm Closes Coastal Road for Second Day

            Work on the 14 km harbour wall will start in June. The town's harbour master, who organised the talks, said the labor costs were lower than feared. The unions, which organized a strike in 2019, welcomed the deal.

            Read more
            """;
        var expected = """
            1:1: info stray-line: 'Site logo' looks like web-page furniture left in the text
            7:1: info duplicate-text: this paragraph repeats line 3 word for word
            7:1: info stray-line: 'Harbour Deal Signed After Long Talks' is a short title-case line between body paragraphs: a pasted headline or caption?
            9:26: warning date-weekday: 'Wednesday' does not match 'March 14, 2024': March 14, 2024 is a Thursday
            9:146: info duplicate-text: these 11 words repeat a sentence on line 5
            11:1: info stray-line: 'Storm Closes Coastal Road for Second Day' is a short title-case line between body paragraphs: a pasted headline or caption?
            13:13: warning number-mismatch: '14 km harbour wall' here but '12-kilometre harbour wall' earlier: the same wall in km given as 12 and 14; check which is right
            13:167: info spelling-variant: 'organized' (1×) vs 'organised' (1×) in this article; used first: organised
            15:1: info stray-line: 'Read more' looks like web-page furniture left in the text
            """;
        var actual = Lines(article);
        Assert.True(expected.ReplaceLineEndings("\n").Trim() == actual, actual);
    }

    [Fact]
    public void Clean_article_yields_nothing()
    {
        const string article = """
            Council approves new bridge over the river

            The city council on Tuesday approved a 400-metre bridge linking the two halves of the town, ending a debate that began in 2019.

            Councillors voted 31 to 12 for the plan. The mayor said the 400-metre bridge would be finished by 2027 and would carry buses and bicycles.

            Residents who organised a petition against the plan said they would keep campaigning. "We will not stop," one of them said.
            """;
        Assert.Equal(string.Empty, Lines(article, new CheckSettings { ArticleDate = new DateOnly(2024, 3, 14) }));
    }

    private static string Lines(string text, CheckSettings? settings = null)
    {
        var document = ExtractedDocument.FromPlainText(text, "article.txt");
        var checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(TextRules));
        var flags = checker.CheckAsync(document, settings).GetAwaiter().GetResult().Flags;
        return string.Join('\n', flags.Select(Line));
    }

    private static string Line(Flag flag) =>
        $"{flag.Location.Line}:{flag.Location.Column}: {flag.Severity.ToName()} {flag.Rule}: {flag.Message}";
}
