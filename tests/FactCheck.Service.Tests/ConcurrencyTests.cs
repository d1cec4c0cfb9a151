using System.Text;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests;

/// <summary>Two checks of one article at once (two Event Grid deliveries, or two uploads) leave one consistent set of rows.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests
{
    private readonly TestService _service;

    public ConcurrencyTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite);
    }

    [Fact]
    public async Task Two_checks_of_the_same_content_write_one_set_of_flags()
    {
        const string name = "same.txt";
        var gate = new TaskCompletionSource();
        _service.Recognizer.Gate = gate.Task;

        var first = _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        var second = _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        await WaitForAsync(() => _service.Recognizer.Calls == 2);
        gate.SetResult();
        var outcomes = await Task.WhenAll(first, second);

        Assert.All(outcomes, o => Assert.Equal(ArticleStatus.Checked, o.Status));
        var flags = await _service.FlagsAsync(name);
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal(nameof(FlagStatus.Open), f.Status));
        Assert.Equal(nameof(ArticleStatus.Checked), (await _service.ArticleAsync(name)).Status);
    }

    [Fact]
    public async Task Two_checks_of_different_versions_leave_flags_that_match_the_committed_version()
    {
        const string name = "racing.txt";
        var gate = new TaskCompletionSource();
        _service.Recognizer.Gate = gate.Task;

        var seed = _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        var edited = _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Edited), "text/plain");
        await WaitForAsync(() => _service.Recognizer.Calls == 2);
        gate.SetResult();
        await Task.WhenAll(seed, edited);

        var article = await _service.ArticleAsync(name);
        var committed = await _service.Storage.GetTextAsync(ArticleKey.Encode(name), article.TextHash);
        var expected = committed == Drafts.Seed
            ? new[] { ("Ankra", 1), ("Davutoglu", 3) }
            : [("Davutoglu", 3), ("Davutoglu", 5)];
        var live = (await _service.FlagsAsync(name)).Where(f => f.Status != nameof(FlagStatus.Resolved)).Select(f => (f.Text, f.Line)).Order().ToArray();
        Assert.Equal(expected, live);
        Assert.Equal(expected.Length, article.Errors + article.Warnings);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(committed!))), article.ContentHash);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "The concurrent checks never reached the recognizer.");
    }
}
