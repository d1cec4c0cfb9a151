using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Faults;

/// <summary>
/// Azurite goes away in the middle of a batch of drafts and comes back: nothing acknowledged is lost, every draft
/// ends Checked (or Failed with its trigger in the poison queue), a replay completes the rest, and a reviewer's
/// dismissal made before the outage still stands.
/// </summary>
public sealed class StorageOutageTests
{
    private const int Drafts = 12;
    private const int CheckedBeforeOutage = 4;

    [Fact]
    public async Task Azurite_stopped_mid_batch_and_restarted_loses_no_draft_and_no_review()
    {
        await using var azurite = await RestartableAzurite.StartNewAsync();
        var service = new TestService(azurite.ConnectionString, blobOptions: FastFailing(new BlobClientOptions()), tableOptions: FastFailing(new TableClientOptions()));
        var host = new SimulatedBlobTriggerHost(service.Processor, new QueueServiceClient(azurite.ConnectionString));
        var blobs = new List<BlobClient>();
        for (var i = 0; i < Drafts; i++)
        {
            blobs.Add(await service.UploadAsync($"batch/draft-{i:00}.txt", FactCheck.Testing.Drafts.Seed + $"\n\nUpdate {i}: talks resume."));
        }

        for (var i = 0; i < CheckedBeforeOutage; i++)
        {
            Assert.NotNull(await host.DeliverAsync(blobs[i]));
        }

        var dismissed = Assert.Single(await service.FlagsAsync(blobs[0].Name), f => f.Text == "Davutoglu");
        var review = await HttpCalls.PatchFlagAsync(service, ArticleKey.Encode(blobs[0].Name), dismissed.RowKey, dismissed.ETag.ToString(), """{"status":"dismissed","note":"Quoted from the wire"}""");
        Assert.Equal(200, review.Status);

        // The rest of the batch is mid-check (recognizing) when storage goes away.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Recognizer.Gate = gate.Task;
        var inFlight = blobs.Skip(CheckedBeforeOutage).Select(host.DeliverAsync).ToArray();
        while (service.Recognizer.Calls < Drafts)
        {
            await Task.Delay(20);
        }

        await azurite.StopAsync();
        gate.SetResult();
        var duringOutage = await Task.WhenAll(inFlight);
        Assert.All(duringOutage, Assert.Null);
        Assert.All(host.Failures, e => Assert.IsNotType<FactCheck.Core.Documents.DocumentInputException>(e));
        service.Recognizer.Gate = null;

        await azurite.StartAsync();

        // One draft keeps failing after the restart (its recognizer call fails every time) until the host gives up.
        var stubborn = blobs[^1];
        service.Recognizer.Failure = new InvalidOperationException("recognizer unavailable");
        Assert.Null(await host.DeliverUntilDoneAsync(stubborn));
        service.Recognizer.Failure = null;
        Assert.Equal(SimulatedBlobTriggerHost.MaxDequeueCount, host.Attempts[stubborn.Name]);
        var failed = await service.ArticleAsync(stubborn.Name);
        Assert.Equal(nameof(ArticleStatus.Failed), failed.Status);
        Assert.Contains("recognizer unavailable", failed.LastError);

        foreach (var blob in blobs.Skip(CheckedBeforeOutage).SkipLast(1))
        {
            Assert.NotNull(await host.DeliverUntilDoneAsync(blob));
        }

        var poisoned = await host.TakePoisonedAsync();
        Assert.Equal([stubborn.Name], poisoned);
        foreach (var name in poisoned)
        {
            host.Forget(name);
            Assert.NotNull(await host.DeliverAsync(blobs.Single(b => b.Name == name)));
        }

        foreach (var blob in blobs)
        {
            var article = await service.ArticleAsync(blob.Name);
            Assert.Equal(nameof(ArticleStatus.Checked), article.Status);
            Assert.Equal((1, 1), (article.Errors, article.Warnings));
            Assert.Equal(2, (await service.FlagsAsync(blob.Name)).Count);
        }

        var kept = Assert.Single(await service.FlagsAsync(blobs[0].Name), f => f.RowKey == dismissed.RowKey);
        Assert.Equal(nameof(FlagStatus.Dismissed), kept.Status);
        Assert.Equal("Quoted from the wire", kept.Note);
    }

    /// <summary>Storage clients that give up on a refused connection in well under a second, as tests need.</summary>
    internal static T FastFailing<T>(T options) where T : ClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
