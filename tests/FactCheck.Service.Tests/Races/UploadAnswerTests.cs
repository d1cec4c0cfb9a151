using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Service.Tests.Races;

/// <summary>What an upload checked inline answers when the check cannot finish after the draft was stored.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadAnswerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_draft_stored_but_not_checked_answers_202_pending_and_the_sweep_checks_it_later()
    {
        var service = new TestService(azurite, options => options with { ProcessUploadsInline = true, SweepMinAge = TimeSpan.Zero });
        service.Recognizer.Failure = new HttpRequestException("Azure AI Language is unavailable");

        var answer = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/drafts", "?name=desk/pending.txt", Drafts.Seed, "text/plain"), request => service.Drafts.HandleAsync(request));

        Assert.Equal(202, answer.Status);
        Assert.Equal("pending", (string?)answer.Json["check"]);
        Assert.Null(answer.Json["status"]);
        Assert.True(await service.Storage.Drafts.GetBlobClient("desk/pending.txt").ExistsAsync());
        Assert.Equal(nameof(ArticleStatus.Failed), (await service.ArticleAsync("desk/pending.txt")).Status);

        service.Recognizer.Failure = null;
        await new DraftSweeper(service.Storage, service.Processor, NullLogger<DraftSweeper>.Instance).SweepAsync();

        Assert.Equal(nameof(ArticleStatus.Checked), (await service.ArticleAsync("desk/pending.txt")).Status);
    }

    [Fact]
    public async Task An_inline_check_that_finishes_answers_201_done_with_the_status()
    {
        var service = new TestService(azurite, options => options with { ProcessUploadsInline = true });

        var answer = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/drafts", "?name=desk/empty.txt", "", "text/plain"), request => service.Drafts.HandleAsync(request));

        Assert.Equal(201, answer.Status);
        Assert.Equal("done", (string?)answer.Json["check"]);
        Assert.Equal("rejected", (string?)answer.Json["status"]);
        Assert.Equal($"/api/articles/{ArticleKey.Encode("desk/empty.txt")}", answer.Headers.Location.ToString());
    }
}
