using System.Net;
using System.Net.Http.Headers;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Rules;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests.Archive;

/// <summary>
/// The archive's loop end to end through the HTTP API of <c>factcheck serve</c> over Azurite: checked drafts feed the
/// archive, a draft that spells a person differently gets an archive flag with its evidence, the reviewer dismisses
/// it as correct, the archive records the draft's spelling as established (GET /api/people shows it), and the same
/// draft checked again is no longer flagged. The rules are the catalog's, as every host runs them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArchiveReviewLoopTests(AzuriteFixture azurite)
{
    private static readonly CheckProfile Profile = new() { CreateRules = RuleCatalog.CreateAll };
    private const string ArchiveRule = "archive-name-variant";

    private const string DraftName = "desk/ankara-talks.md";
    private static readonly string Draft = ArchiveDrafts.ForeignMinister("Mevlut Cavusoglu", "Cavusoglu", "2024-07-01");

    [Fact]
    public async Task A_dismissal_as_correct_establishes_the_draft_s_spelling_and_the_same_draft_is_no_longer_flagged()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite, profile: Profile);
        var client = app.GetTestClient();
        await FeedArchiveAsync(client);

        await PeopleEndpointTests.UploadAsync(client, DraftName, Draft);
        var flag = await ArchiveFlagAsync(client);
        Assert.Equal("open", (string?)flag["status"]);
        Assert.Equal("Mevlut Cavusoglu", (string?)flag["text"]);
        var evidence = (JObject)flag["archive"]!;
        Assert.Equal(JObject.Parse("""{"kind":"spelling","personKey":"mevlut cavusoglu","value":"Mevlut Cavusoglu"}"""), evidence["draftClaim"]);
        Assert.Equal(JObject.Parse("""{"kind":"spelling","personKey":"mevlut cavusoglu","value":"Mevlüt Çavuşoğlu"}"""), evidence["archiveSide"]);
        Assert.Equal(["archive/2024-talks.md", "archive/2023-talks.md"], evidence["articles"]!.Select(a => (string)a["id"]!));
        Assert.Equal(["2024-06-20", "2023-01-03"], evidence["articles"]!.Select(a => (string)a["date"]!));
        Assert.Empty(await DecisionsAsync(client));

        var review = await PatchAsync(client, flag, """{"status":"dismissed","reason":"correct","note":"Our style drops the diacritics."}""");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var reviewed = JObject.Parse(await review.Content.ReadAsStringAsync());
        Assert.Equal("dismissed", (string?)reviewed["status"]);
        Assert.Equal("correct", (string?)reviewed["reason"]);

        var decision = Assert.Single(await DecisionsAsync(client));
        Assert.Equal(JObject.Parse("""{"kind":"spelling","value":"Mevlut Cavusoglu","verdict":"established","date":"2024-07-01","articleId":"desk/ankara-talks.md"}"""), decision);

        var recheck = await client.PostAsync($"/api/check?name={Uri.EscapeDataString(DraftName)}&failOn=none", new StringContent(Draft, null, "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, recheck.StatusCode);
        Assert.DoesNotContain(ArchiveRule, Rules(JObject.Parse(await recheck.Content.ReadAsStringAsync())));

        // The stored article checked again (an edit elsewhere, since an unchanged draft is not re-checked): the flag is
        // gone from the draft, so it is resolved, and the reviewer's decision is kept with it.
        await PeopleEndpointTests.UploadAsync(client, DraftName, Draft + "\nTalks resume on Monday.\n");
        var after = await ArchiveFlagAsync(client);
        Assert.Equal((string?)flag["id"], (string?)after["id"]);
        Assert.Equal("resolved", (string?)after["status"]);
        Assert.Equal("correct", (string?)after["reason"]);

        // Another draft with the same spelling is not flagged either: the decision is the archive's, not the article's.
        var other = await client.PostAsync("/api/check?name=desk%2Fother.md&failOn=none", new StringContent(ArchiveDrafts.ForeignMinister("Mevlut Cavusoglu", "Cavusoglu", "2024-08-01"), null, "text/markdown"));
        Assert.DoesNotContain(ArchiveRule, Rules(JObject.Parse(await other.Content.ReadAsStringAsync())));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_dismissal_without_a_reason_leaves_the_archive_alone_and_the_draft_is_flagged_again()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite, profile: Profile);
        var client = app.GetTestClient();
        await FeedArchiveAsync(client);
        await PeopleEndpointTests.UploadAsync(client, DraftName, Draft);
        var flag = await ArchiveFlagAsync(client);

        var review = await PatchAsync(client, flag, """{"status":"dismissed"}""");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Empty(await DecisionsAsync(client));
        var recheck = await client.PostAsync($"/api/check?name={Uri.EscapeDataString(DraftName)}&failOn=none", new StringContent(Draft, null, "text/markdown"));
        Assert.Contains(ArchiveRule, Rules(JObject.Parse(await recheck.Content.ReadAsStringAsync())));
        await PeopleEndpointTests.UploadAsync(client, DraftName, Draft + "\nTalks resume on Monday.\n");
        var after = await ArchiveFlagAsync(client);
        Assert.Equal("dismissed", (string?)after["status"]);
        await app.StopAsync();
    }

    [Fact]
    public async Task An_office_the_archive_has_for_someone_else_is_flagged_and_a_draft_that_matches_the_archive_is_not()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite, profile: Profile);
        var client = app.GetTestClient();
        await FeedArchiveAsync(client);

        var conflict = await client.PostAsync("/api/check?name=desk%2Fconflict.md&failOn=none",
            new StringContent(ArchiveDrafts.ForeignMinister("Ahmet Davutoglu", "Davutoglu", "2024-07-01"), null, "text/markdown"));
        var matching = await client.PostAsync("/api/check?name=desk%2Fmatching.md&failOn=none",
            new StringContent(ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2024-07-01"), null, "text/markdown"));

        Assert.Contains("archive-office-conflict", Rules(JObject.Parse(await conflict.Content.ReadAsStringAsync())));
        Assert.DoesNotContain(Rules(JObject.Parse(await matching.Content.ReadAsStringAsync())), r => r.StartsWith("archive-", StringComparison.Ordinal));
        await app.StopAsync();
    }

    private static async Task FeedArchiveAsync(HttpClient client)
    {
        await PeopleEndpointTests.UploadAsync(client, "archive/2023-talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03"));
        await PeopleEndpointTests.UploadAsync(client, "archive/2024-talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2024-06-20"));
    }

    private static async Task<JObject> ArchiveFlagAsync(HttpClient client)
    {
        var article = JObject.Parse(await client.GetStringAsync($"/api/articles/{ArticleKey.Encode(DraftName)}"));
        return (JObject)Assert.Single((JArray)article["flags"]!, f => (string?)f["rule"] == ArchiveRule);
    }

    private static async Task<JArray> DecisionsAsync(HttpClient client)
    {
        var people = JObject.Parse(await client.GetStringAsync("/api/people?name=Cavusoglu"));
        return (JArray)Assert.Single((JArray)people["people"]!)["decisions"]!;
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, JObject flag, string body)
    {
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/articles/{ArticleKey.Encode(DraftName)}/flags/{(string)flag["id"]!}")
        {
            Content = new StringContent(body, null, "application/json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", (string)flag["etag"]!);
        return client.SendAsync(patch);
    }

    private static IEnumerable<string> Rules(JObject report) => report.SelectTokens("$..flags[*].rule").Select(t => (string)t!);
}
