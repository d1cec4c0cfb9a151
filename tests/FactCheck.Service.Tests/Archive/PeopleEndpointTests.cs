using Azure.Data.Tables;
using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Service.Http;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests.Archive;

/// <summary>
/// <c>GET /api/people?name=</c> through the routes and failure middleware <c>factcheck serve</c> uses, over Azurite: the
/// archive the checked drafts fed, the client's mistakes as 400s that say what to send, 404 for no one, and 503 only
/// when storage itself is down.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PeopleEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_name_the_archive_knows_answers_its_spellings_with_counts_dates_and_articles()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/2023-talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03"));
        await UploadAsync(client, "archive/2024-talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2024-06-20"));
        await UploadAsync(client, "desk/draft.md", ArchiveDrafts.ForeignMinister("Mevlut Cavusoglu", "Cavusoglu", "2024-07-01"));

        foreach (var asked in new[] { "Mevlüt Çavuşoğlu", "cavusoglu", "  MEVLUT  CAVUSOGLU  " })
        {
            var answer = await GetAsync(client, "/api/people?name=" + Uri.EscapeDataString(asked));

            Assert.True(answer.Status == 200, $"{asked}: {answer.Status} {answer.Body}");
            Assert.Equal("application/json", answer.ContentType?.Split(';')[0]);
            Assert.Equal(asked.Trim(), (string?)answer.Json["name"]);
            var person = Assert.Single((JArray)answer.Json["people"]!);
            Assert.Equal("mevlut cavusoglu", (string?)person["personKey"]);
            var spellings = (JArray)person["spellings"]!;
            Assert.Equal(["Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"], spellings.Select(s => (string)s["display"]!));
            var established = spellings[0];
            Assert.Equal(2, (int)established["articleCount"]!);
            Assert.Equal("2023-01-03", (string?)established["firstSeen"]);
            Assert.Equal("2024-06-20", (string?)established["lastSeen"]);
            Assert.Equal(["archive/2024-talks.md", "archive/2023-talks.md"], established["articles"]!.Select(a => (string)a["id"]!));
            Assert.Equal(["2024-06-20", "2023-01-03"], established["articles"]!.Select(a => (string)a["date"]!));
            Assert.Equal(1, (int)spellings[1]["articleCount"]!);
            Assert.Empty((JArray)person["decisions"]!);
        }

        await app.StopAsync();
    }

    [Fact]
    public async Task A_person_answers_the_affiliations_the_drafts_gave_with_counts_and_dates()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/vote.md", "---\ndate: 2024-02-01\n---\nVote delayed\n\nDemocrat Maren Oakhill said on Tuesday the vote would be close. Oakhill left early.\n");
        await UploadAsync(client, "archive/recess.md", "---\ndate: 2024-04-09\n---\nRecess begins\n\nMaren Oakhill (D-Ore.) thanked the staff before the recess. Oakhill then flew home.\n");

        var answer = await GetAsync(client, "/api/people?name=Oakhill");

        Assert.True(answer.Status == 200, $"{answer.Status} {answer.Body}");
        var affiliation = Assert.Single(Assert.Single((JArray)answer.Json["people"]!)["affiliations"]!);
        Assert.Equal("democratic", (string?)affiliation["affiliationKey"]);
        Assert.Equal(2, (int)affiliation["articleCount"]!);
        Assert.Equal("2024-02-01", (string?)affiliation["firstSeen"]);
        Assert.Equal("2024-04-09", (string?)affiliation["lastSeen"]);
        Assert.Equal(["archive/recess.md", "archive/vote.md"], affiliation["articles"]!.Select(a => (string)a["id"]!));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_reviewers_decision_on_an_affiliation_answers_as_kind_affiliation()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/vote.md", "---\ndate: 2024-02-01\n---\nVote delayed\n\nDemocrat Maren Oakhill said on Tuesday the vote would be close. Oakhill left early.\n");
        var claim = new ArchiveClaim(ArchiveClaimKind.Affiliation, "maren oakhill", "democratic");
        await app.Services.GetRequiredService<IPeopleArchive>().RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, new DateOnly(2024, 2, 1)) { ArticleId = "archive/vote.md" });

        var answer = await GetAsync(client, "/api/people?name=Oakhill");

        Assert.True(answer.Status == 200, $"{answer.Status} {answer.Body}");
        var decision = Assert.Single(Assert.Single((JArray)answer.Json["people"]!)["decisions"]!);
        Assert.Equal(("affiliation", "democratic", "established"), ((string?)decision["kind"], (string?)decision["value"], (string?)decision["verdict"]));
        await app.StopAsync();
    }

    [Theory]
    [InlineData("", "name is missing or empty")]
    [InlineData("?name=", "name is missing or empty")]
    [InlineData("?name=%20%20", "name is missing or empty")]
    [InlineData("?other=Pelosi", "name is missing or empty")]
    [InlineData("?name=Nancy&name=Pelosi", "name is given more than once")]
    [InlineData("?name=%21%21%21", "name has no letters or digits")]
    public async Task A_missing_empty_repeated_or_letterless_name_is_400_saying_what_to_send(string query, string detail)
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);

        var answer = await GetAsync(app.GetTestClient(), "/api/people" + query);

        ProblemAssert.Is(answer, 400, detail);
        Assert.Contains("GET /api/people?name=", ProblemAssert.Detail(answer), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_name_over_the_limit_is_400_naming_the_limit_and_reads_no_storage()
    {
        // Any People request would fail: the 400 must come before the archive is asked.
        var storage = new FailingRequestPolicy(message => message.Request.Uri.Path.Contains("/People", StringComparison.Ordinal));
        await using var app = await ServiceTestHost.StartAsync(azurite.ConnectionString, null, tableOptions: WithPolicy(storage));
        storage.Arm();

        var answer = await GetAsync(app.GetTestClient(), "/api/people?name=" + new string('a', PeopleHandler.MaxNameLength + 1));

        ProblemAssert.Is(answer, 400, $"name is {PeopleHandler.MaxNameLength + 1} characters long; the limit is {PeopleHandler.MaxNameLength}.");
        Assert.Equal(0, storage.Failures);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("Nobody Known")]
    [InlineData("O'Neill' or PartitionKey ne '")]
    [InlineData("Pelosi\u0000")]
    [InlineData("名前")]
    public async Task A_name_the_archive_does_not_know_is_404_even_when_it_is_hostile_to_table_queries(string name)
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03"));

        var answer = await GetAsync(client, "/api/people?name=" + Uri.EscapeDataString(name));

        ProblemAssert.Is(answer, 404, "The archive has no one named");
        await app.StopAsync();
    }

    [Fact]
    public async Task A_surname_alone_finds_the_person_but_one_of_their_words_with_a_stranger_s_does_not()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03"));

        Assert.Equal(200, (await GetAsync(client, "/api/people?name=Mevlut")).Status);
        ProblemAssert.Is(await GetAsync(client, "/api/people?name=Ahmet%20Cavusoglu"), 404, "no one named 'Ahmet Cavusoglu'");
        await app.StopAsync();
    }

    [Fact]
    public async Task With_the_archive_off_the_answer_is_404_saying_so()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite, options => options with { ArchiveEnabled = false });

        var answer = await GetAsync(app.GetTestClient(), "/api/people?name=Pelosi");

        ProblemAssert.Is(answer, 404, "FactCheck__Archive=off");
        await app.StopAsync();
    }

    [Fact]
    public async Task Storage_down_is_503_with_retry_after_and_the_same_request_answers_once_it_is_back()
    {
        var outage = new FailingRequestPolicy(message => message.Request.Uri.Path.Contains("/People", StringComparison.Ordinal));
        await using var app = await ServiceTestHost.StartAsync(azurite.ConnectionString, null, tableOptions: WithPolicy(outage));
        var client = app.GetTestClient();
        await UploadAsync(client, "archive/talks.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03"));

        outage.Arm();
        var down = await GetAsync(client, "/api/people?name=Cavusoglu");
        outage.Disarm();

        ProblemAssert.Is(down, 503, "unavailable");
        Assert.True(down.Headers.ContainsKey("Retry-After"), "503 without Retry-After");
        Assert.True(outage.Failures > 0);
        Assert.Equal(200, (await GetAsync(client, "/api/people?name=Cavusoglu")).Status);
        await app.StopAsync();
    }

    internal static async Task UploadAsync(HttpClient client, string name, string markdown)
    {
        var upload = await client.PostAsync($"/api/drafts?name={Uri.EscapeDataString(name)}", new StringContent(markdown, null, "text/markdown"));
        var body = await upload.Content.ReadAsStringAsync();
        Assert.True(upload.IsSuccessStatusCode, $"Upload of {name}: {(int)upload.StatusCode} {body}");
        Assert.Equal("checked", (string?)JObject.Parse(body)["status"]);
    }

    internal static async Task<HttpCalls.Answer> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var headers = new Microsoft.AspNetCore.Http.HeaderDictionary();
        foreach (var (key, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[key] = values.ToArray();
        }

        return new HttpCalls.Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, headers, await response.Content.ReadAsStringAsync());
    }

    private static TableClientOptions WithPolicy(global::Azure.Core.Pipeline.HttpPipelinePolicy policy)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(policy, global::Azure.Core.HttpPipelinePosition.PerCall);
        return options;
    }
}
