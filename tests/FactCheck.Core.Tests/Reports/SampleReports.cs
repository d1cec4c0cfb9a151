using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

/// <summary>Reports built by hand, so writer tests do not depend on any rule firing.</summary>
internal static class SampleReports
{
    public const string Article = """
        Turkish Foreign Minister Mevlut Cavusoglu met his counterpart on Monday.
        Davutoglu highlighted the talks.
        """;

    public static FlagLocation Introduction { get; } = At(Article, "Mevlut Cavusoglu");

    public static Flag Drift { get; } = new(
        "0123456789abcdef",
        "name-mismatch",
        Severity.Warning,
        "\"Davutoglu\" does not match the introduced \"Mevlut Cavusoglu\".",
        At(Article, "Davutoglu"))
    {
        Suggestion = "Cavusoglu",
        Related = [Introduction],
    };

    public static Flag Note { get; } = new(
        "fedcba9876543210",
        "unintroduced-name",
        Severity.Info,
        "\"Monday\" is mentioned before it is introduced.",
        At(Article, "Monday"));

    /// <summary>An archive flag: the evidence names two archived articles, one with a title.</summary>
    public static Flag ArchiveVariant { get; } = new(
        "a1b2c3d4e5f60718",
        "archive-name-variant",
        Severity.Warning,
        "\"Mevlut Cavusoglu\" is written Mevlüt Çavuşoğlu in the newsroom archive (2 articles, 2024-01-10 to 2024-06-20).",
        Introduction)
    {
        Suggestion = "Mevlüt Çavuşoğlu",
        Archive = new ArchiveEvidence(
            new ArchiveClaim(ArchiveClaimKind.Spelling, "mevlut cavusoglu", "Mevlut Cavusoglu"),
            new ArchiveClaim(ArchiveClaimKind.Spelling, "mevlut cavusoglu", "Mevlüt Çavuşoğlu"),
            [new ArticleRef("ankara/2", new DateOnly(2024, 6, 20)) { Title = "Talks in Ankara" }, new ArticleRef("ankara/1", new DateOnly(2024, 1, 10))])
        {
            Summary = "the archive has Mevlüt Çavuşoğlu, 2 articles, 2024-01-10 to 2024-06-20",
        },
    };

    public static FileReport Checked(string path = "drafts/turkey.txt") => new(path)
    {
        Recognizer = "local",
        Flags = [Note, Drift],
        Entities = [new Entity("Mevlut Cavusoglu", EntityCategory.Person, Article.IndexOf("Mevlut", StringComparison.Ordinal), 16)],
        Text = Article,
    };

    public static Report Mixed() => new(
    [
        Checked(),
        FileReport.Failed("drafts/empty.txt", "the file is empty; there is nothing to check."),
        new FileReport("drafts/clean.md") { Text = "Nothing to see." },
    ]);

    /// <summary>The location of the first occurrence of <paramref name="text"/>, with line and column counted from the text.</summary>
    public static FlagLocation At(string article, string text, int from = 0)
    {
        var offset = article.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{text}' is not in the article");
        var before = article[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return new FlagLocation(offset, text.Length, line, column, text);
    }
}
