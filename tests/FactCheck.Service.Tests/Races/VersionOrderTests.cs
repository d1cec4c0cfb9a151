using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Races;

/// <summary>
/// The blob trigger's side of version order: an invocation still checking an older version, failing after a newer
/// one committed, or finding its blob deleted records nothing over the newer row and completes without retry; a
/// failure before anything was read still leaves a row.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class VersionOrderTests(AzuriteFixture azurite)
{
    private const string Name = RacingUploadTests.Name;
    private static readonly string Older = RacingUploadTests.Version(0, 0);
    private static readonly string Newer = RacingUploadTests.Version(0, 1);
    [Fact]
    public async Task An_invocation_still_checking_an_older_version_commits_nothing_after_the_newer_one_finished()
    {
        var service = new TestService(azurite);
        var host = new SimulatedBlobTriggerHost(service.Processor, new QueueServiceClient(azurite.ConnectionString));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Recognizer.BeforeAnswer = document => document.Text == Older ? release.Task : Task.CompletedTask;
        var blob = await service.UploadAsync(Name, Older);
        var older = host.DeliverEventAsync(blob);
        await WaitForAsync(() => service.Recognizer.Calls == 1);

        await service.UploadAsync(Name, Newer);
        var newer = await host.DeliverEventAsync(blob);
        Assert.Equal(ArticleStatus.Checked, newer?.Status);
        var committed = await service.ArticleAsync(Name);
        release.SetResult();
        var outcome = await older;

        Assert.NotNull(outcome);
        Assert.Equal(DraftSkip.Superseded, outcome.Skipped);
        Assert.Null(outcome.Status);
        Assert.Contains("later upload", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(2, host.Attempts[Name]);
        Assert.Equal(committed.ETag, (await service.ArticleAsync(Name)).ETag);
        await RacingUploadTests.AssertArticleIsTheStoredDraftAsync(service.Storage, service.Checker, [Older, Newer], round: 0);
    }

    [Fact]
    public async Task A_check_superseded_after_writing_its_flags_checks_the_current_version_so_the_flags_are_its_own()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        TestService? service = null;
        DraftProcessor? newerProcessor = null;
        BlobClient? blob = null;
        // Between the older check's last look at the blob and its flag write, the newer version is uploaded and checked
        // to the end: the older check's flags then land over the newer version's, under the newer version's row.
        var hook = new RequestHookPolicy(
            message => message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.Contains($"/Flags{suffix}()", StringComparison.Ordinal),
            async () =>
            {
                await service!.UploadAsync(Name, Newer);
                Assert.Equal(ArticleStatus.Checked, (await newerProcessor!.ProcessBlobAsync(service.Storage.Drafts.GetBlobClient(Name))).Status);
            });
        var tableOptions = new global::Azure.Data.Tables.TableClientOptions();
        tableOptions.AddPolicy(hook, HttpPipelinePosition.PerCall);
        service = new TestService(azurite.ConnectionString, options => options with { ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" }, tableOptions: tableOptions);
        var plainStorage = new ReviewStorage(new BlobServiceClient(azurite.ConnectionString), new global::Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), service.Options);
        newerProcessor = new DraftProcessor(plainStorage, service.Checker, Microsoft.Extensions.Logging.Abstractions.NullLogger<DraftProcessor>.Instance);
        using var logs = new CapturedLogs();
        var olderProcessor = new DraftProcessor(service.Storage, service.Checker, logs.For<DraftProcessor>());
        blob = await service.UploadAsync(Name, Older);
        hook.Arm();

        var outcome = await olderProcessor.ProcessBlobAsync(blob);

        Assert.True(hook.Fired);
        Assert.Equal(ArticleStatus.Checked, outcome.Status);
        Assert.Contains(logs.Lines, l => l.Contains("checking the current version so the flags are its own", StringComparison.Ordinal));
        await RacingUploadTests.AssertArticleIsTheStoredDraftAsync(service.Storage, service.Checker, [Older, Newer], round: 0);
    }

    [Fact]
    public async Task An_older_attempt_failing_after_a_newer_version_committed_leaves_the_newer_checked_row_intact()
    {
        using var logs = new CapturedLogs();
        var service = new TestService(azurite);
        var processor = new DraftProcessor(service.Storage, service.Checker, logs.For<DraftProcessor>());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Recognizer.BeforeAnswer = async document =>
        {
            if (document.Text == Older)
            {
                await release.Task;
                throw new HttpRequestException("Azure AI Language is unavailable");
            }
        };
        var blob = await service.UploadAsync(Name, Older);
        var older = processor.ProcessBlobAsync(blob);
        await WaitForAsync(() => service.Recognizer.Calls == 1);
        await service.UploadAsync(Name, Newer);
        Assert.Equal(ArticleStatus.Checked, (await processor.ProcessBlobAsync(blob)).Status);
        var committed = await service.ArticleAsync(Name);

        release.SetResult();
        var outcome = await older;

        Assert.Equal(DraftSkip.Superseded, outcome.Skipped);
        var after = await service.ArticleAsync(Name);
        Assert.Equal(committed.ETag, after.ETag);
        Assert.Equal(nameof(ArticleStatus.Checked), after.Status);
        Assert.Null(after.LastError);
        Assert.Contains(logs.Lines, l => l.Contains("Azure AI Language is unavailable") && l.Contains("no longer stored"));
        await RacingUploadTests.AssertArticleIsTheStoredDraftAsync(service.Storage, service.Checker, [Older, Newer], round: 0);
    }

    [Fact]
    public async Task A_blob_deleted_while_it_is_checked_records_nothing_and_keeps_the_last_checked_version()
    {
        var service = new TestService(azurite);
        var blob = await service.UploadAsync(Name, Older);
        await service.Processor.ProcessBlobAsync(blob);
        var before = await service.ArticleAsync(Name);
        var flagsBefore = (await service.FlagsAsync(Name)).Select(f => (f.RowKey, f.ETag)).Order().ToArray();
        await service.UploadAsync(Name, Newer);
        service.Recognizer.BeforeAnswer = async _ => await blob.DeleteAsync();

        var outcome = await service.Processor.ProcessBlobAsync(blob);

        Assert.Equal(DraftSkip.Deleted, outcome.Skipped);
        Assert.Equal(before.ETag, (await service.ArticleAsync(Name)).ETag);
        Assert.Equal(flagsBefore, (await service.FlagsAsync(Name)).Select(f => (f.RowKey, f.ETag)).Order().ToArray());
    }

    [Fact]
    public async Task A_draft_whose_download_keeps_failing_is_poisoned_with_a_failed_row_and_the_sweep_checks_it_later()
    {
        const string name = "flaky/download.txt";
        var failing = FailingRequestPolicy.DownloadsOf(name);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(failing, HttpPipelinePosition.PerCall);
        var service = new TestService(azurite.ConnectionString, options => options with { SweepMinAge = TimeSpan.Zero }, blobOptions: blobOptions);
        var host = new SimulatedBlobTriggerHost(service.Processor, new QueueServiceClient(azurite.ConnectionString));
        var blob = await service.UploadAsync(name, Drafts.Seed);
        failing.Arm();

        Assert.Null(await host.DeliverEventAsync(blob));

        Assert.Equal(SimulatedBlobTriggerHost.MaxDequeueCount, failing.Failures);
        Assert.Contains(name, await host.TakePoisonedAsync());
        var failed = await service.ArticleAsync(name);
        Assert.Equal(nameof(ArticleStatus.Failed), failed.Status);
        Assert.Contains("blob service is unavailable", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(DraftProcessor.VersionText((await blob.GetPropertiesAsync()).Value.ETag), failed.DraftETag);

        failing.Disarm();
        var report = await new DraftSweeper(service.Storage, service.Processor, Microsoft.Extensions.Logging.Abstractions.NullLogger<DraftSweeper>.Instance).SweepAsync();

        Assert.Equal((1, 1, 0), (report.Due, report.Recorded, report.Failed));
        var article = await service.ArticleAsync(name);
        Assert.Equal(nameof(ArticleStatus.Checked), article.Status);
        Assert.Null(article.LastError);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "The check never reached the recognizer.");
    }
}
