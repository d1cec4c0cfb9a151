using System.Text;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Processing;

/// <summary>
/// The draft processor over Azurite: what it records for a draft, when it skips the work (an unchanged draft), when it
/// does not trust its own row, how a transient failure is marked and retried, and names and lengths storage makes hard.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DraftProcessorTests
{
    private readonly TestService _service;

    public DraftProcessorTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite);
    }

    [Fact]
    public async Task An_unchanged_draft_is_not_checked_again_and_its_row_learns_the_new_blob_version()
    {
        const string name = "unchanged.md";
        var blob = await _service.UploadAsync(name, Drafts.Seed, "text/markdown");
        await _service.Processor.ProcessBlobAsync(blob);
        var before = await _service.ArticleAsync(name);
        var flagsBefore = (await _service.FlagsAsync(name)).Select(f => (f.RowKey, f.ETag)).Order().ToArray();

        var again = await _service.Processor.ProcessBlobAsync(await _service.UploadAsync(name, Drafts.Seed, "text/markdown"));

        Assert.True(again.Unchanged);
        Assert.Equal(1, _service.Recognizer.Calls);
        var after = await _service.ArticleAsync(name);
        Assert.Equal((before.ContentHash, before.CheckedAt), (after.ContentHash, after.CheckedAt));
        Assert.Equal(DraftProcessor.VersionText((await blob.GetPropertiesAsync()).Value.ETag), after.DraftETag);
        Assert.NotEqual(before.DraftETag, after.DraftETag);
        Assert.Equal(flagsBefore, (await _service.FlagsAsync(name)).Select(f => (f.RowKey, f.ETag)).Order().ToArray());

        // A redelivery of the same blob version writes nothing at all.
        Assert.True((await _service.Processor.ProcessBlobAsync(blob)).Unchanged);
        Assert.Equal(after.ETag, (await _service.ArticleAsync(name)).ETag);
    }

    [Fact]
    public async Task A_hash_is_not_trusted_unless_the_article_says_checked()
    {
        const string name = "interrupted.txt";
        await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        // As if a crash left the flags written but the Articles row from an earlier, failed attempt.
        var article = await _service.ArticleAsync(name);
        article.Status = nameof(ArticleStatus.Failed);
        await _service.Storage.Articles.UpdateEntityAsync(article, article.ETag);

        var outcome = await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        Assert.False(outcome.Unchanged);
        Assert.Equal(2, _service.Recognizer.Calls);
        Assert.Equal(nameof(ArticleStatus.Checked), (await _service.ArticleAsync(name)).Status);
        Assert.Equal(2, (await _service.FlagsAsync(name)).Count);
    }

    [Fact]
    public async Task A_transient_failure_propagates_and_marks_the_article_failed_until_a_retry_succeeds()
    {
        const string name = "transient.txt";
        _service.Recognizer.Failure = new HttpRequestException("Azure AI Language is unavailable");

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() =>
            _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain"));

        Assert.Contains("unavailable", thrown.Message, StringComparison.Ordinal);
        var failed = await _service.ArticleAsync(name);
        Assert.Equal(nameof(ArticleStatus.Failed), failed.Status);
        Assert.Contains("Azure AI Language is unavailable", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(await _service.FlagsAsync(name));

        _service.Recognizer.Failure = null;
        var retried = await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        Assert.Equal(ArticleStatus.Checked, retried.Status);
        Assert.Equal(nameof(ArticleStatus.Checked), (await _service.ArticleAsync(name)).Status);
    }

    [Theory]
    [InlineData("slash/and/folders.txt")]
    [InlineData("hash#and?question.txt")]
    [InlineData("tilde~2F and space.txt")]
    public async Task Names_with_characters_table_keys_forbid_still_get_rows(string name)
    {
        var outcome = await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        var article = await _service.ArticleAsync(name);
        Assert.Equal(name, article.Name);
        Assert.True(ArticleKey.TryDecode(outcome.ArticleId, out var decoded));
        Assert.Equal(name, decoded);
        Assert.Equal(2, (await _service.FlagsAsync(name)).Count);
    }

    [Theory]
    [InlineData("slash/and\\backslash.txt", "'\\'")]
    [InlineData("control\u0001\u001fchars.txt", "control character")]
    [InlineData("folder/../other.txt", "only dots")]
    public async Task Names_that_break_the_draft_name_grammar_are_rejected_unread(string name, string rule)
    {
        var outcome = await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        Assert.Equal(ArticleStatus.Rejected, outcome.Status);
        Assert.Contains(rule, outcome.Reason, StringComparison.Ordinal);
        var article = await _service.ArticleAsync(name);
        Assert.Equal(name, article.Name);
        Assert.Equal(nameof(ArticleStatus.Rejected), article.Status);
        Assert.Empty(await _service.FlagsAsync(name));
        Assert.Equal(0, _service.Recognizer.Calls);
    }

    [Fact]
    public async Task A_long_draft_keeps_its_whole_text()
    {
        const string name = "long.txt";
        // Over the 64 KiB a table property holds, with more flags than one table transaction takes.
        var text = string.Concat(Enumerable.Range(0, 1300).Select(i =>
            i % 5 == 0 ? "Davutoglu spoke about the Aegean and the talks ahead. " : "The talks ahead will be long and the Aegean is wide. "));

        await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(text), "text/plain");

        Assert.True(text.Length > 64 * 1024);
        Assert.Equal(text, await _service.Storage.GetTextAsync(ArticleKey.Encode(name), (await _service.ArticleAsync(name)).TextHash));
        Assert.Equal(260, (await _service.FlagsAsync(name)).Count);
    }
}
