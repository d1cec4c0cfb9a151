using System.Text;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Service.Tests.Races;

/// <summary>
/// Nothing stored is left unchecked: the sweep finds drafts with no article row, a Failed row or a row older than the
/// blob, checks them (a bounded number per pass), and leaves everything else alone. serve runs it at startup and on
/// an interval, the Functions app on the SweepDrafts timer (tested in FactCheck.Functions.Tests).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DraftSweepTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_sweep_checks_drafts_without_a_row_or_with_a_row_older_than_the_blob_and_nothing_else()
    {
        var service = Service();
        await service.Processor.ProcessBlobAsync(await service.UploadAsync("desk/checked.txt", Drafts.Seed));
        await service.Processor.ProcessBlobAsync(await service.UploadAsync("desk/edited.txt", Drafts.Seed));
        await service.UploadAsync("desk/edited.txt", Drafts.Edited);
        await service.UploadAsync("desk/never-checked.txt", Drafts.Seed);
        var checkedBefore = await service.ArticleAsync("desk/checked.txt");
        var calls = service.Recognizer.Calls;

        var report = await Sweeper(service).SweepAsync();

        Assert.Equal(new SweepReport(Examined: 3, TooRecent: 0, Due: 2, Recorded: 2, Skipped: 0, Failed: 0, Left: 0), report);
        Assert.Equal(calls + 2, service.Recognizer.Calls);
        Assert.Equal(checkedBefore.ETag, (await service.ArticleAsync("desk/checked.txt")).ETag);
        var edited = await service.ArticleAsync("desk/edited.txt");
        Assert.Equal(RacingUploadTests.Hash(Encoding.UTF8.GetBytes(Drafts.Edited)), edited.ContentHash);
        Assert.Equal(nameof(ArticleStatus.Checked), edited.Status);
        Assert.Equal(nameof(ArticleStatus.Checked), (await service.ArticleAsync("desk/never-checked.txt")).Status);

        Assert.Equal(0, (await Sweeper(service).SweepAsync()).Due);
    }

    [Fact]
    public async Task The_sweep_checks_at_most_its_limit_per_pass_and_the_next_passes_the_rest()
    {
        var service = Service(options => options with { SweepMaxChecks = 2 });
        for (var i = 0; i < 5; i++)
        {
            await service.UploadAsync($"backlog/draft-{i}.txt", Drafts.Seed + $"\n\nUpdate {i}.");
        }

        var passes = new List<SweepReport>();
        for (var pass = 0; pass < 4; pass++)
        {
            passes.Add(await Sweeper(service).SweepAsync());
        }

        Assert.Equal([(5, 2, 3), (3, 2, 1), (1, 1, 0), (0, 0, 0)], passes.Select(p => (p.Due, p.Recorded, p.Left)));
        Assert.Equal(5, service.Recognizer.Calls);
    }

    [Fact]
    public async Task The_sweep_retries_a_failed_row_and_records_an_unreadable_draft_once()
    {
        var service = Service();
        service.Recognizer.Failure = new HttpRequestException("Azure AI Language is unavailable");
        var failing = await service.UploadAsync("desk/failed.txt", Drafts.Seed);
        await Assert.ThrowsAsync<HttpRequestException>(() => service.Processor.ProcessBlobAsync(failing));
        service.Recognizer.Failure = null;
        await service.UploadAsync("desk/empty.txt", "");

        var first = await Sweeper(service).SweepAsync();

        Assert.Equal((2, 2), (first.Due, first.Recorded));
        Assert.Equal(nameof(ArticleStatus.Checked), (await service.ArticleAsync("desk/failed.txt")).Status);
        Assert.Equal(nameof(ArticleStatus.Rejected), (await service.ArticleAsync("desk/empty.txt")).Status);
        Assert.Equal(0, (await Sweeper(service).SweepAsync()).Due);
    }

    [Fact]
    public async Task The_sweep_leaves_drafts_stored_within_the_minimum_age_to_their_own_check()
    {
        var service = Service(options => options with { SweepMinAge = TimeSpan.FromHours(1) });
        await service.UploadAsync("desk/just-uploaded.txt", Drafts.Seed);

        var report = await Sweeper(service).SweepAsync();

        Assert.Equal((1, 1, 0), (report.Examined, report.TooRecent, report.Due));
        Assert.Null(await service.Storage.GetArticleAsync(ArticleKey.Encode("desk/just-uploaded.txt")));
    }

    [Fact]
    public async Task Serve_sweeps_at_startup_and_checks_a_draft_stored_while_it_was_not_running()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var drafts = new global::Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, $"drafts-{suffix}");
        await drafts.CreateIfNotExistsAsync();
        await drafts.GetBlobClient("desk/while-down.txt").UploadAsync(BinaryData.FromString(Drafts.Seed));

        await using var app = await ServiceTestHost.StartAsync(
            azurite.ConnectionString,
            options => options with { DraftsContainer = drafts.Name, SweepMinAge = TimeSpan.Zero },
            sweep: true);
        var storage = app.Services.GetRequiredService<ReviewStorage>();

        ArticleEntity? article = null;
        for (var i = 0; i < 200 && article?.Status != nameof(ArticleStatus.Checked); i++)
        {
            await Task.Delay(50);
            article = await storage.GetArticleAsync(ArticleKey.Encode("desk/while-down.txt"));
        }

        Assert.Equal(nameof(ArticleStatus.Checked), article?.Status);
        await app.StopAsync();
    }

    private TestService Service(Func<FactCheck.Service.ServiceOptions, FactCheck.Service.ServiceOptions>? configure = null) =>
        new(azurite, options => (configure ?? (o => o))(options with { SweepMinAge = TimeSpan.Zero }));

    private static DraftSweeper Sweeper(TestService service) => new(service.Storage, service.Processor, NullLogger<DraftSweeper>.Instance);
}
