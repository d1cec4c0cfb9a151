using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using FactCheck.Service;
using FactCheck.Service.Http;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests.Security;

/// <summary>
/// A draft name is the blob name in the drafts container, and blob URLs are resolved like paths: a name with dot
/// segments, backslashes, a leading or doubled <c>/</c> or (double) percent-encoding must be refused before anything is
/// stored, or it writes into another container (the extracted texts, the host's, the deployment's) or over another
/// article's draft. Every case runs through the Functions upload, <c>serve</c> and the blob trigger, and afterwards
/// every blob in every container of the Azurite account is as it was.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DraftNameTraversalTests(AzuriteFixture azurite)
{
    private const string VictimName = "samples/drifted-name.txt";
    private const string Replacement = "Replaced by an upload that climbed out of the drafts container.";

    /// <summary>
    /// Query strings (as sent, so <c>%2e</c> is decoded once by the host) with the rule the 400 must name.
    /// <c>{extracted}</c>, <c>{id}</c> and <c>{hash}</c> are the extracted container and the victim's text blob.
    /// </summary>
    public static TheoryData<string, string> Attacks() => new()
    {
        { "../{extracted}/{id}/{hash}.txt", "only dots" },
        { "%2e%2e/{extracted}/{id}/{hash}.txt", "only dots" },
        { "..%2f{extracted}%2f{id}%2f{hash}.txt", "only dots" },
        { "%252e%252e/{extracted}/{id}/{hash}.txt", "'%'" },
        { "..%252f{extracted}%252f{id}%252f{hash}.txt", "'%'" },
        { "samples/./drifted-name.txt", "only dots" },
        { "samples%5Cdrifted-name.txt", "'\\'" },
        { "samples%255Cdrifted-name.txt", "'%'" },
        { "/samples/drifted-name.txt", "starts with '/'" },
        { "samples//drifted-name.txt", "empty segment" },
        { "./lead.txt", "only dots" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Functions_upload_refuses_the_name_and_writes_nothing_anywhere(string query, string rule)
    {
        var service = new TestService(azurite);
        var victim = await SeedVictimAsync(service);
        var before = await SnapshotAsync(service.Blobs);

        var context = HttpCalls.Request("POST", "/api/drafts", "?name=" + Fill(query, service.Options, victim), Replacement, "text/plain");
        var answer = await HttpCalls.RunAsync(context, request => new UploadDraft(service.Drafts).RunAsync(request, CancellationToken.None));

        Assert.Equal(400, answer.Status);
        Assert.Equal(ProblemResult.ContentType, answer.ContentType);
        Assert.Contains(rule, (string?)answer.Json["detail"], StringComparison.Ordinal);
        await AssertNothingChangedAsync(service.Blobs, before);
        Assert.Equal(Drafts.Seed, await service.Storage.GetTextAsync(victim.RowKey, victim.TextHash));
        Assert.Equal(Drafts.Seed, (await service.Storage.Drafts.GetBlobClient(VictimName).DownloadContentAsync()).Value.Content.ToString());
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Serve_refuses_the_name_and_writes_nothing_anywhere(string query, string rule)
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        var options = app.Services.GetRequiredService<ServiceOptions>();
        var storage = app.Services.GetRequiredService<ReviewStorage>();
        var blobs = app.Services.GetRequiredService<BlobServiceClient>();
        var seeded = await client.PostAsync("/api/drafts?name=" + VictimName, new StringContent(Drafts.Seed, null, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, seeded.StatusCode);
        var victim = await storage.GetArticleAsync(ArticleKey.Encode(VictimName)) ?? throw new Xunit.Sdk.XunitException("The victim was not checked.");
        var before = await SnapshotAsync(blobs);

        var answer = await client.PostAsync("/api/drafts?name=" + Fill(query, options, victim), new StringContent(Replacement, null, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(ProblemResult.ContentType, answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains(rule, (string?)JObject.Parse(await answer.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
        await AssertNothingChangedAsync(blobs, before);
        var article = JObject.Parse(await client.GetStringAsync(ApiRoutes.ArticleLocation(victim.RowKey)));
        Assert.Equal(Drafts.Seed, (string?)article["text"]);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_still_checks_a_valid_nested_name_end_to_end()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        var options = app.Services.GetRequiredService<ServiceOptions>();
        var blobs = app.Services.GetRequiredService<BlobServiceClient>();

        var upload = await client.PostAsync("/api/drafts?name=politics/budget.md", new StringContent(Drafts.Seed, null, "text/markdown"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var json = JObject.Parse(await upload.Content.ReadAsStringAsync());
        Assert.Equal("done", (string?)json["check"]);
        Assert.Equal("checked", (string?)json["status"]);
        Assert.Equal("politics~2Fbudget.md", (string?)json["id"]);
        Assert.Equal("politics/budget.md", (string?)json["name"]);
        var article = JObject.Parse(await client.GetStringAsync(upload.Headers.Location));
        Assert.Equal("politics/budget.md", (string?)article["article"]!["name"]);
        Assert.Equal(Drafts.Seed, (string?)article["text"]);
        Assert.True(await blobs.GetBlobContainerClient(options.DraftsContainer).GetBlobClient("politics/budget.md").ExistsAsync());
        var texts = new List<string>();
        await foreach (var blob in blobs.GetBlobContainerClient(options.ExtractedContainer).GetBlobsAsync())
        {
            texts.Add(blob.Name);
        }

        Assert.StartsWith("politics~2Fbudget.md/", Assert.Single(texts), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("../{extracted}/{id}/{hash}.txt", "only dots")]
    [InlineData("samples/./drifted-name.txt", "only dots")]
    [InlineData("%2e%2e/{extracted}/{id}/{hash}.txt", "'%'")]
    public async Task Blob_trigger_rejects_the_name_without_retry_and_processes_nothing(string name, string rule)
    {
        var service = new TestService(azurite);
        var victim = await SeedVictimAsync(service);
        var filled = name.Replace("{extracted}", service.Options.ExtractedContainer, StringComparison.Ordinal)
            .Replace("{id}", victim.RowKey, StringComparison.Ordinal).Replace("{hash}", victim.TextHash, StringComparison.Ordinal);
        var before = await SnapshotAsync(service.Blobs);
        var calls = service.Recognizer.Calls;

        // The trigger hands over a client for whatever name the event carried; the blob behind it is never read.
        var blob = service.Storage.Drafts.GetBlobClient(filled);
        await new CheckDraft(service.Processor, NullLogger<CheckDraft>.Instance).RunAsync(blob, filled, CancellationToken.None);

        var row = await service.ArticleAsync(filled);
        Assert.Equal(nameof(ArticleStatus.Rejected), row.Status);
        Assert.Contains(rule, row.Reason, StringComparison.Ordinal);
        Assert.Equal(calls, service.Recognizer.Calls);
        await AssertNothingChangedAsync(service.Blobs, before);
        Assert.Equal(Drafts.Seed, await service.Storage.GetTextAsync(victim.RowKey, victim.TextHash));
        var untouched = await service.Storage.GetArticleAsync(victim.RowKey);
        Assert.Equal(nameof(ArticleStatus.Checked), untouched!.Status);
    }

    [Fact]
    public async Task Blob_trigger_rejects_a_client_that_points_outside_the_drafts_container()
    {
        var service = new TestService(azurite);
        var victim = await SeedVictimAsync(service);
        var before = await SnapshotAsync(service.Blobs);
        var textBlob = service.Storage.Extracted.GetBlobClient($"{victim.RowKey}/{victim.TextHash}.txt");

        await new CheckDraft(service.Processor, NullLogger<CheckDraft>.Instance).RunAsync(textBlob, textBlob.Name, CancellationToken.None);

        var row = await service.ArticleAsync(textBlob.Name);
        Assert.Equal(nameof(ArticleStatus.Rejected), row.Status);
        Assert.Contains("resolves to", row.Reason, StringComparison.Ordinal);
        await AssertNothingChangedAsync(service.Blobs, before);
    }

    private static async Task<ArticleEntity> SeedVictimAsync(TestService service)
    {
        await service.UploadAsync(VictimName, Drafts.Seed);
        await service.Processor.ProcessAsync(VictimName, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        var victim = await service.ArticleAsync(VictimName);
        Assert.Equal(Drafts.Seed, await service.Storage.GetTextAsync(victim.RowKey, victim.TextHash));
        return victim;
    }

    private static string Fill(string query, ServiceOptions options, ArticleEntity victim) =>
        query.Replace("{extracted}", options.ExtractedContainer, StringComparison.Ordinal)
            .Replace("{id}", victim.RowKey, StringComparison.Ordinal)
            .Replace("{hash}", victim.TextHash, StringComparison.Ordinal);

    /// <summary>Every blob of every container in the account, with its ETag (so an overwrite shows too).</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(BlobServiceClient blobs)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                snapshot[$"{container.Name}/{blob.Name}"] = blob.Properties.ETag?.ToString() ?? "";
            }
        }

        return snapshot;
    }

    private static async Task AssertNothingChangedAsync(BlobServiceClient blobs, Dictionary<string, string> before)
    {
        var after = await SnapshotAsync(blobs);
        Assert.Empty(after.Keys.Except(before.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(before.Where(b => !after.TryGetValue(b.Key, out var etag) || etag != b.Value).Select(b => b.Key));
    }
}
