using FactCheck.Service.Storage;

namespace FactCheck.Service.Tests.Storage;

public sealed class DraftNameTests
{
    public static TheoryData<string> MustAccept() =>
    [
        "lead.txt",
        "politics/budget.md",
        "politics/2026/budget.md",
        "samples/drifted-name.txt",
        "hash#and?question.txt",
        "tilde~2F.md",
        ".hidden",
        "folder/.hidden.md",
        "a..b.txt",
        "..a/b.txt",
        "Ünïcödé/日本語 draft.docx",
        "emoji 📰.html",
        new string('a', DraftName.MaxLength),
        string.Join('/', Enumerable.Repeat("s", DraftName.MaxSegments)),
    ];

    /// <summary>Each name with a part of the rule the problem must name.</summary>
    public static TheoryData<string, string> MustReject() => new()
    {
        { "", "empty" },
        { "..", "only dots" },
        { "../extracted/samples~2Fdrifted-name.txt/0123.txt", "only dots" },
        { "a/../b.txt", "only dots" },
        { "a/./b.txt", "only dots" },
        { "./lead.txt", "only dots" },
        { "a/.../b.txt", "only dots" },
        { @"a\b.txt", "'\\'" },
        { @"..\extracted\x.txt", "'\\'" },
        { "%2e%2e/extracted/x.txt", "'%'" },
        { "a%2fb.txt", "'%'" },
        { "a%5cb.txt", "'%'" },
        { "100%.txt", "'%'" },
        { "/lead.txt", "starts with '/'" },
        { "//lead.txt", "starts with '/'" },
        { "a//b.txt", "empty segment" },
        { "folder/", "ends with '/' or '.'" },
        { "draft.", "ends with '/' or '.'" },
        { "tab\there.txt", "control character" },
        { "nul\0.txt", "control character" },
        { "c1\u0085.txt", "control character" },
        { new string('a', DraftName.MaxLength + 1), "1025 characters" },
        { string.Join('/', Enumerable.Repeat("s", DraftName.MaxSegments + 1)), "255 '/'-separated segments" },
    };

    [Theory]
    [MemberData(nameof(MustAccept))]
    public void Accepts_the_name_as_it_is(string raw)
    {
        Assert.True(DraftName.TryParse(raw, out var name, out var problem), problem);

        Assert.Equal(raw, name.Value);
        Assert.Equal(ArticleKey.Encode(raw), name.ArticleId);
        Assert.Equal("", problem);
    }

    [Theory]
    [MemberData(nameof(MustReject))]
    public void Rejects_the_name_and_names_the_rule(string raw, string rule)
    {
        Assert.False(DraftName.TryParse(raw, out var name, out var problem));

        Assert.Null(name);
        Assert.Contains(rule, problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DraftName.Parse(raw));
    }

    [Fact]
    public void A_lone_surrogate_is_rejected()
    {
        // Not a theory row: xunit's serialisation of theory data would replace the surrogate with U+FFFD.
        Assert.False(DraftName.TryParse("lone\uD800.txt", out _, out var problem));

        Assert.Contains("unpaired surrogate", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_name_is_rejected_as_empty()
    {
        Assert.False(DraftName.TryParse(null, out _, out var problem));

        Assert.Contains("empty", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_accepted_names_have_distinct_article_ids()
    {
        var ids = MustAccept().Select((object[] row) => DraftName.Parse((string)row[0]).ArticleId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
