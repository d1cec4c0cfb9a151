using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Service;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace FactCheck.Service.Tests.Faults;

/// <summary>
/// Storage goes away in the middle of a batch of uploads through serve and comes back. Some uploads are stored but
/// not checked (their check hit the outage): they answer 202 "pending", and the sweep checks them once storage is
/// back, so every stored draft ends with a terminal row that matches its blob, and a review made before the outage stands.
/// </summary>
public sealed class UploadOutageTests(ITestOutputHelper output)
{
    private const int Uploads = 200;
    private const int Clients = 8;
    private const int StopAfter = 60;
    private const string Reviewed = "batch/reviewed.txt";
    private const int AfterRestart = 40;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Storage_stopped_mid_batch_of_uploads_and_restarted_leaves_every_stored_draft_checked_and_every_review()
    {
        var clock = Stopwatch.StartNew();
        await using var azurite = await RestartableAzurite.StartNewAsync();
        await using var app = await ServiceTestHost.StartAsync(
            azurite.ConnectionString,
            options => options with { SweepInterval = TimeSpan.FromSeconds(1), SweepMinAge = TimeSpan.FromSeconds(2) },
            sweep: true,
            blobOptions: StorageOutageTests.FastFailing(new BlobClientOptions()),
            tableOptions: StorageOutageTests.FastFailing(new TableClientOptions()));
        var client = app.GetTestClient();
        var storage = app.Services.GetRequiredService<ReviewStorage>();

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(client, Reviewed, Drafts.Seed)).Status);
        var flag = (JObject)JObject.Parse(await client.GetStringAsync(ApiRoutes(Reviewed)))["flags"]!.Single(f => (string?)f["rule"] == "name-mismatch");
        var review = new HttpRequestMessage(HttpMethod.Patch, $"{ApiRoutes(Reviewed)}/flags/{flag["id"]}") { Content = JsonContent.Create(new { status = "dismissed", note = "Quoted from the wire" }) };
        review.Headers.IfMatch.Add(EntityTagHeaderValue.Parse((string)flag["etag"]!));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(review)).StatusCode);

        var texts = Enumerable.Range(0, Uploads).ToDictionary(i => i == StopAfter + 5 ? Reviewed : $"batch/draft-{i:000}.txt", i => Drafts.Seed + $"\n\nUpdate {i}: Davutoglu spoke again.");
        var order = texts.Keys.ToArray();
        var answers = new ConcurrentDictionary<string, (HttpStatusCode Status, string? Check)>();
        var next = -1;
        var answered = 0;
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TimeSpan stopped = default, started = default;
        var outage = Task.Run(async () =>
        {
            while (Volatile.Read(ref answered) < StopAfter)
            {
                await Task.Delay(5);
            }

            stopped = clock.Elapsed;
            await azurite.StopAsync();
            await azurite.StartAsync();
            started = clock.Elapsed;
            restarted.SetResult();
        });
        var uploaders = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < Uploads; i = Interlocked.Increment(ref next))
            {
                // The last uploads wait for storage to be back: the batch goes on before, during and after the outage.
                if (i >= Uploads - AfterRestart)
                {
                    await restarted.Task;
                }

                answers[order[i]] = await UploadAsync(client, order[i], texts[order[i]]);
                Interlocked.Increment(ref answered);
                await Task.Delay(Pace);
            }
        })).ToArray();
        await Task.WhenAll(uploaders);
        await outage;
        var uploaded = clock.Elapsed;

        var settled = await WaitUntilSettledAsync(storage, TimeSpan.FromSeconds(90));
        var recovered = clock.Elapsed;

        var statuses = answers.Values.GroupBy(a => $"{(int)a.Status} {a.Check}".Trim()).ToDictionary(g => g.Key, g => g.Count());
        var stored = settled.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var storedThough503 = answers.Count(a => a.Value.Status == HttpStatusCode.ServiceUnavailable && stored.Contains(a.Key));
        output.WriteLine($"{Uploads} uploads from {Clients} clients, storage stopped after {StopAfter}: answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}; " +
            $"{stored.Count} drafts stored ({storedThough503} of them answered 503); storage stopped at {stopped.TotalSeconds:F1} s, back at {started.TotalSeconds:F1} s, " +
            $"uploads done at {uploaded.TotalSeconds:F1} s, every stored draft checked at {recovered.TotalSeconds:F1} s");

        Assert.All(answers.Values, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(answers.Values, a => a.Status == HttpStatusCode.ServiceUnavailable);
        // Every upload the server acknowledged is stored, with the content it was sent.
        foreach (var (name, answer) in answers.Where(a => a.Value.Status is HttpStatusCode.Created or HttpStatusCode.Accepted))
        {
            Assert.True(stored.Contains(name), $"{name} answered {(int)answer.Status} but is not stored.");
            Assert.Equal(Hash(texts[name]), settled.Single(s => s.Name == name).ContentHash);
        }

        var kept = Assert.Single(await storage.GetFlagsAsync(ArticleKey.Encode(Reviewed)), f => f.RowKey == (string)flag["id"]!);
        Assert.Equal(nameof(FlagStatus.Dismissed), kept.Status);
        Assert.Equal("Quoted from the wire", kept.Note);
        await app.StopAsync();
    }

    private static string ApiRoutes(string name) => FactCheck.Service.Http.ApiRoutes.ArticleLocation(ArticleKey.Encode(name));

    private static async Task<(HttpStatusCode Status, string? Check)> UploadAsync(HttpClient client, string name, string text)
    {
        using var response = await client.PostAsync($"/api/drafts?name={Uri.EscapeDataString(name)}", new StringContent(text, Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? (string?)JObject.Parse(body)["check"] : null);
    }

    /// <summary>
    /// Waits until every stored draft has a Checked row for exactly the blob's version, its counts matching its live
    /// flags and its text stored; fails with the drafts still unsettled when that does not happen in time.
    /// </summary>
    private static async Task<IReadOnlyList<(string Name, string ContentHash)>> WaitUntilSettledAsync(ReviewStorage storage, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var settled = new List<(string, string)>();
            var unsettled = new List<string>();
            try
            {
                await foreach (var blob in storage.Drafts.GetBlobsAsync())
                {
                    var content = (await storage.Drafts.GetBlobClient(blob.Name).DownloadContentAsync()).Value;
                    var id = ArticleKey.Encode(blob.Name);
                    var row = await storage.GetArticleAsync(id);
                    var live = row is null ? 0 : (await storage.GetFlagsAsync(id)).Count(f => f.Status != nameof(FlagStatus.Resolved));
                    var hash = Hash(content.Content.ToArray());
                    if (row is { Status: nameof(ArticleStatus.Checked) } && row.ContentHash == hash && DraftProcessor.IsSameVersion(row.DraftETag, content.Details.ETag) &&
                        row.Errors + row.Warnings + row.Infos == live && await storage.GetTextAsync(id, row.TextHash) is not null)
                    {
                        settled.Add((blob.Name, hash));
                    }
                    else
                    {
                        unsettled.Add($"{blob.Name} ({row?.Status ?? "no row"})");
                    }
                }
            }
            catch (Exception e) when (FactCheck.Service.Http.FailureProblems.IsDependencyOutage(e) && DateTime.UtcNow < deadline)
            {
                unsettled.Add("storage not answering yet");
            }

            if (unsettled.Count == 0)
            {
                return settled;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{unsettled.Count} stored drafts are not checked for their stored version: {string.Join(", ", unsettled.Take(10))}");
            await Task.Delay(250);
        }
    }

    private static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
