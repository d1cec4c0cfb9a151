using FactCheck.Service.Storage;

namespace FactCheck.Service.Tests.Storage;

public sealed class ArticleKeyTests
{
    public static TheoryData<string> Names() =>
    [
        "politics/2026/budget.md",
        @"back\slash.txt",
        "hash#tag.md",
        "what?.md",
        "percent%20and+plus.md",
        "control\u0001char\u007f.txt",
        "tab\tand\nnewline.txt",
        "tilde~already~2F.md",
        ".hidden",
        "Ünïcödé/日本語 draft.docx",
        "emoji 📰.html",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Encoded_names_round_trip(string name)
    {
        var id = ArticleKey.Encode(name);

        Assert.True(ArticleKey.TryDecode(id, out var decoded));
        Assert.Equal(name, decoded);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Encoded_names_are_legal_table_keys_and_url_safe(string name)
    {
        var id = ArticleKey.Encode(name);

        Assert.DoesNotContain(id, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~', $"'{c}' in {id}"));
        Assert.Equal(Uri.EscapeDataString(id), id);
        Assert.NotEqual(".", id);
        Assert.True(ArticleKey.IsWellFormed(id));
    }

    [Fact]
    public void Plain_names_stay_readable()
    {
        Assert.Equal("politics~2F2026~2Fbudget.md", ArticleKey.Encode("politics/2026/budget.md"));
    }

    [Fact]
    public void Names_too_long_to_encode_readably_get_distinct_hashed_ids_within_the_key_limit()
    {
        var first = new string('/', 1000);
        var second = new string('/', 999) + "x";

        var firstId = ArticleKey.Encode(first);
        var secondId = ArticleKey.Encode(second);

        Assert.NotEqual(firstId, secondId);
        Assert.True(firstId.Length <= 512);
        Assert.False(ArticleKey.TryDecode(firstId, out _));
        Assert.True(ArticleKey.IsWellFormed(firstId));
    }

    [Theory]
    [InlineData("a~2f")]
    [InlineData("a~2")]
    [InlineData("a~ZZ")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Non_canonical_or_illegal_ids_do_not_decode(string id)
    {
        Assert.False(ArticleKey.TryDecode(id, out _));
    }
}
