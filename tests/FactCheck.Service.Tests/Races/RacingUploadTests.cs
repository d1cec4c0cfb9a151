using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Queues;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace FactCheck.Service.Tests.Races;

/// <summary>
/// Six uploads of different content to one name at once, round after round: whatever order their checks finish in,
/// the article ends on the version the blob holds (the last upload), with that version's flags and text.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RacingUploadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Rounds = 20;
    private const int Racers = 6;
    internal const string Name = "desk/racing.txt";

    [Fact]
    public async Task Racing_uploads_through_serve_end_every_round_on_the_last_upload()
    {
        using var logs = new CapturedLogs();
        await using var app = await ServiceTestHost.StartAsync(azurite.ConnectionString, configure: null, logs: logs);
        var client = app.GetTestClient();
        var storage = app.Services.GetRequiredService<ReviewStorage>();
        var checker = app.Services.GetRequiredService<DocumentChecker>();
        var clock = Stopwatch.StartNew();
        var checks = new List<string?>();

        for (var round = 0; round < Rounds; round++)
        {
            var versions = Enumerable.Range(0, Racers).Select(racer => Version(round, racer)).ToArray();
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var uploads = versions.Select(text => Task.Run(async () =>
            {
                await start.Task;
                using var response = await client.PostAsync($"/api/drafts?name={Uri.EscapeDataString(Name)}", new StringContent(text, Encoding.UTF8, "text/plain"));
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            })).ToArray();
            start.SetResult();
            var answers = await Task.WhenAll(uploads);

            Assert.All(answers, answer => Assert.True((int)answer.StatusCode < 500, $"Round {round}: an upload answered {(int)answer.StatusCode}: {answer.Item2}"));
            checks.AddRange(answers.Select(a => $"{(int)a.StatusCode} {JObject.Parse(a.Item2)["check"]}"));
            await AssertArticleIsTheStoredDraftAsync(storage, checker, versions, round);
        }

        output.WriteLine($"serve: {Rounds} rounds x {Racers} uploads in {clock.Elapsed.TotalSeconds:F1} s; answers {Summary(checks)}; {Effort(logs)}");
    }

    [Fact]
    public async Task Racing_uploads_through_the_blob_trigger_end_every_round_on_the_last_upload_whatever_order_the_checks_finish_in()
    {
        using var logs = new CapturedLogs();
        var service = new TestService(azurite);
        var host = new SimulatedBlobTriggerHost(new DraftProcessor(service.Storage, service.Checker, logs.For<DraftProcessor>()), new QueueServiceClient(azurite.ConnectionString));
        var clock = Stopwatch.StartNew();
        var random = new Random(13);
        int Next(int max)
        {
            lock (random)
            {
                return random.Next(max);
            }
        }

        // Each check is held a different while, so an older upload's check often finishes after a newer one's.
        service.Recognizer.BeforeAnswer = _ => Task.Delay(Next(40));
        var skipped = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var versions = Enumerable.Range(0, Racers).Select(racer => Version(round, racer)).ToArray();
            var events = new List<Task<DraftOutcome?>>();
            foreach (var text in versions)
            {
                var blob = await service.UploadAsync(Name, text);
                events.Add(Task.Run(() => host.DeliverEventAsync(blob)));
                await Task.Delay(Next(10));
            }

            var outcomes = await Task.WhenAll(events);

            Assert.All(outcomes, outcome => Assert.True(outcome is not null, $"Round {round}: a delivery was retried until poisoned."));
            skipped += outcomes.Count(o => o!.Skipped == DraftSkip.Superseded);
            await AssertArticleIsTheStoredDraftAsync(service.Storage, service.Checker, versions, round);
        }

        output.WriteLine($"blob trigger: {Rounds} rounds x {Racers} uploads in {clock.Elapsed.TotalSeconds:F1} s; {skipped} deliveries superseded, {host.Failures.Count} retried; {Effort(logs)}");
        Assert.DoesNotContain(Name, await host.TakePoisonedAsync());
        // The races did happen: some checks found their version replaced and recorded nothing.
        Assert.True(skipped > 0, "No check was ever superseded; the test did not race.");
    }

    /// <summary>Distinct content per racer, with a different number of drifted surnames so the flags differ too.</summary>
    internal static string Version(int round, int racer) =>
        Drafts.Seed + string.Concat(Enumerable.Range(0, racer + 1).Select(i => $"\n\nDavutoglu added point {i} in round {round}."));

    /// <summary>The article row, its live flags and its extracted text all describe exactly what the blob holds.</summary>
    internal static async Task AssertArticleIsTheStoredDraftAsync(ReviewStorage storage, DocumentChecker checker, IReadOnlyList<string> versions, int round)
    {
        var blob = await storage.Drafts.GetBlobClient(Name).DownloadContentAsync();
        var stored = blob.Value.Content.ToArray();
        Assert.Contains(Encoding.UTF8.GetString(stored), versions);
        var expected = DocumentReader.Read(Name, stored, new DocumentReaderOptions { Format = Core.Documents.DocumentFormat.PlainText });
        var report = await checker.CheckAsync(expected);

        var id = ArticleKey.Encode(Name);
        var article = await storage.GetArticleAsync(id);
        Assert.NotNull(article);
        Assert.True(article.Status == nameof(ArticleStatus.Checked), $"Round {round}: the article is {article.Status} ({article.LastError}).");
        Assert.True(Hash(stored) == article.ContentHash, $"Round {round}: the row holds another version than the blob.");
        Assert.Equal(report.Flags.Count, article.Errors + article.Warnings + article.Infos);
        Assert.Equal(expected.Text, await storage.GetTextAsync(id, article.TextHash));
        var live = (await storage.GetFlagsAsync(id)).Where(f => f.Status != nameof(FlagStatus.Resolved)).Select(f => f.RowKey).Order(StringComparer.Ordinal);
        Assert.Equal(report.Flags.Select(f => f.Id).Order(StringComparer.Ordinal), live);
    }

    private static string Summary(IEnumerable<string?> answers) =>
        string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));

    /// <summary>How hard the processor worked for it: conditional writes lost, and checks that took over a newer version.</summary>
    private static string Effort(CapturedLogs logs) =>
        $"{logs.Lines.Count(l => l.Contains("merging again", StringComparison.Ordinal))} lost writes retried, " +
        $"{logs.Lines.Count(l => l.Contains("checking the current version so the flags are its own", StringComparison.Ordinal))} take-overs";

    internal static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
