using System.Globalization;
using FactCheck.Core.Archive;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;
using FactCheck.Core.Tests.Archive;

namespace FactCheck.Core.Tests.Rules;

/// <summary>
/// Runs one rule over a marked draft against an archive built the way the hosts build it: each archived article is
/// analysed by the local recognizer and recorded through <see cref="ArticleObservations"/>.
/// </summary>
public static class ArchiveRuleHarness
{
    public static InMemoryPeopleArchive ArchiveOf(params (string Id, string Date, string Text)[] articles)
    {
        var archive = new InMemoryPeopleArchive();
        foreach (var (id, date, text) in articles)
        {
            archive.RecordAsync(Observe(id, Date(date), text)).GetAwaiter().GetResult();
        }

        return archive;
    }

    public static ArchivedArticle Observe(string id, DateOnly date, string text)
    {
        var document = ExtractedDocument.FromPlainText(text, id);
        var recognition = new LocalEntityRecognizer().RecognizeAsync(document).GetAwaiter().GetResult();
        return ArticleObservations.Of(PersonResolver.Analyze(document, recognition), id, date);
    }

    public static DateOnly Date(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Flag> Run(IRule rule, string text, IPeopleArchive archive, string date, CheckSettings? settings = null)
    {
        var document = ExtractedDocument.FromPlainText(text, "draft.txt");
        var checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine([rule]), archive);
        settings = (settings ?? CheckSettings.Default) with { ArticleDate = Date(date), ArticleId = "draft" };
        return checker.CheckAsync(document, settings).GetAwaiter().GetResult().Flags;
    }

    /// <summary>Asserts the rule flags exactly the marked spans of <paramref name="marked"/>, no more, no fewer.</summary>
    public static IReadOnlyList<Flag> AssertFlagsExactly(IRule rule, string marked, IPeopleArchive archive, string date, CheckSettings? settings = null)
    {
        var fixture = MarkedText.Parse(marked);
        var flags = Run(rule, fixture.Text, archive, date, settings);
        var expected = fixture.Spans.Select(s => $"{s.Offset}+{s.Length} '{fixture.Text.Substring(s.Offset, s.Length)}'").Order(StringComparer.Ordinal).ToArray();
        var actual = flags.Select(f => $"{f.Location.Offset}+{f.Location.Length} '{f.Location.Text}'").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        return flags;
    }
}
