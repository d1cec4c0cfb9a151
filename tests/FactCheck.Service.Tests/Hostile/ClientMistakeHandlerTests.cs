using System.Text;
using Azure;
using FactCheck.Service.Http;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests.Hostile;

/// <summary>
/// A client's mistake is the client's 4xx, through the handlers the Function classes call, over Azurite: an If-Match
/// that cannot match (412, not the 503 storage's 400 turned into), fields over their limits and of the wrong JSON type
/// (400 naming the field, not 500 from a cast), loose list queries (400, not Failed articles or an empty page).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientMistakeHandlerTests(AzuriteFixture azurite)
{
    private readonly TestService _service = new(azurite);

    public static TheoryData<string> IfMatchThatCannotMatch => new()
    {
        "\"0x0-stale\"",
        "garbage",
        "\"\"",
        "\"*\"",
        "\"a\", \"b\"",
        "\"" + new string('x', 5000) + "\"",
        "W/\"garbage\"",
        "W/\"datetime'garbage'\"",
        "W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"",
    };

    [Theory]
    [MemberData(nameof(IfMatchThatCannotMatch))]
    public async Task An_if_match_that_cannot_match_the_flag_is_412_and_changes_nothing(string ifMatch)
    {
        var (id, flag) = await FirstFlagAsync($"if-match-{Guid.NewGuid():N}.txt");

        var answer = await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, ifMatch, """{"status":"dismissed","note":"n"}""");

        ProblemAssert.Is(answer, 412, "etag");
        var stored = Assert.Single(await _service.Storage.GetFlagsAsync(id), f => f.RowKey == flag.RowKey);
        Assert.Equal((nameof(FlagStatus.Open), null, flag.ETag), (stored.Status, stored.Note, stored.ETag));
    }

    [Fact]
    public async Task A_stale_etag_of_the_flag_itself_is_412_and_the_current_one_still_works()
    {
        var (id, flag) = await FirstFlagAsync("stale-etag.txt");
        var first = await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, flag.ETag.ToString(), """{"status":"accepted"}""");
        Assert.Equal(200, first.Status);

        ProblemAssert.Is(await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, flag.ETag.ToString(), """{"status":"dismissed"}"""), 412, "changed since");

        var current = first.Headers.ETag.ToString();
        Assert.Equal(200, (await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, current, """{"status":"dismissed"}""")).Status);
    }

    [Theory]
    [InlineData("reviewer", ArticlesHandler.MaxReviewerLength)]
    [InlineData("note", ArticlesHandler.MaxNoteLength)]
    public async Task A_field_over_its_limit_is_400_naming_the_field_and_the_limit(string field, int limit)
    {
        var (id, flag) = await FirstFlagAsync($"long-{field}.txt");
        var atLimit = new JObject { ["status"] = "dismissed", [field] = new string('r', limit) };
        var overLimit = new JObject { ["status"] = "dismissed", [field] = new string('r', field == "reviewer" ? 40_000 : limit + 1) };

        var answer = await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, "*", overLimit.ToString());

        ProblemAssert.Is(answer, 400, $"\"{field}\" is");
        Assert.Contains($"the limit is {limit:N0}", ProblemAssert.Detail(answer), StringComparison.Ordinal);
        Assert.Equal(200, (await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, "*", atLimit.ToString())).Status);
    }

    [Fact]
    public async Task A_reviewer_principal_over_the_limit_is_400_too()
    {
        var (id, flag) = await FirstFlagAsync("long-principal.txt");
        var context = HttpCalls.Request("PATCH", $"/api/articles/{id}/flags/{flag.RowKey}", "", """{"status":"accepted"}""", "application/json");
        context.Request.Headers.IfMatch = "*";
        context.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"] = new string('p', ArticlesHandler.MaxReviewerLength + 1);

        var answer = await HttpCalls.RunAsync(context, request => _service.Articles.ReviewFlagAsync(request, id, flag.RowKey));

        ProblemAssert.Is(answer, 400, "reviewer");
    }

    [Theory]
    [InlineData("""{"status":"open","reviewer":{}}""", "\"reviewer\" must be a string, not an object")]
    [InlineData("""{"status":"open","reviewer":[1]}""", "\"reviewer\" must be a string, not an array")]
    [InlineData("""{"status":"open","note":true}""", "\"note\" must be a string, not a boolean")]
    [InlineData("""{"status":1}""", "\"status\" must be a string, not a number")]
    [InlineData("""{"status":["open"]}""", "\"status\" must be a string, not an array")]
    [InlineData("""[{"status":"open"}]""", "must be an object")]
    [InlineData("\"open\"", "must be an object")]
    [InlineData("""{"status":"open","Note":"x"}""", "\"Note\" is not a field")]
    [InlineData("""{"status":"open"} {"status":"accepted"}""", "not valid")]
    public async Task A_review_field_of_the_wrong_json_type_is_400_naming_the_field_and_both_types(string body, string detailPart)
    {
        var (id, flag) = await FirstFlagAsync($"types-{Guid.NewGuid():N}.txt");

        ProblemAssert.Is(await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, "*", body), 400, detailPart);
        Assert.Equal(nameof(FlagStatus.Open), Assert.Single(await _service.Storage.GetFlagsAsync(id), f => f.RowKey == flag.RowKey).Status);
    }

    [Fact]
    public async Task A_note_that_looks_like_a_date_is_kept_as_the_text_sent()
    {
        var (id, flag) = await FirstFlagAsync("date-note.txt");

        var answer = await HttpCalls.PatchFlagAsync(_service, id, flag.RowKey, "*", """{"status":"dismissed","note":"2026-05-01T10:00:00Z","reviewer":null}""");

        Assert.Equal(200, answer.Status);
        Assert.Equal("2026-05-01T10:00:00Z", Assert.Single(await _service.Storage.GetFlagsAsync(id), f => f.RowKey == flag.RowKey).Note);
    }

    [Theory]
    [InlineData("""{"text":"hi","format":{}}""", "\"format\" must be a string, not an object")]
    [InlineData("""{"text":"hi","name":{}}""", "\"name\" must be a string, not an object")]
    [InlineData("""{"text":"hi","name":[1]}""", "\"name\" must be a string, not an array")]
    [InlineData("""{"text":5}""", "\"text\" must be a string, not a number")]
    [InlineData("""{"text":null}""", "needs a \"text\" string")]
    [InlineData("""{"text":"hi","fmt":"md"}""", "\"fmt\" is not a field")]
    [InlineData("[]", "must be an object")]
    public async Task A_check_field_of_the_wrong_json_type_is_400_naming_the_field_and_both_types(string body, string detailPart)
    {
        var answer = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/check", "", body, "application/json"), request => _service.Check.HandleAsync(request));

        ProblemAssert.Is(answer, 400, detailPart);
        Assert.Equal(0, _service.Recognizer.Calls);
    }

    [Fact]
    public async Task A_check_name_over_its_limit_is_400_in_the_query_and_in_the_body()
    {
        var longName = new string('n', CheckHandler.MaxNameLength + 1);

        var inQuery = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/check", "?name=" + longName, "hi", "text/plain"), request => _service.Check.HandleAsync(request));
        var inBody = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/check", "", new JObject { ["text"] = "hi", ["name"] = longName }.ToString(), "application/json"), request => _service.Check.HandleAsync(request));

        ProblemAssert.Is(inQuery, 400, "name is 1,025 characters long");
        ProblemAssert.Is(inBody, 400, "\"name\" is 1,025 characters long");
    }

    [Fact]
    public async Task Status_takes_a_list_of_names_and_returns_exactly_those_statuses()
    {
        await SeedStatusesAsync();

        Assert.Equal(["checked.txt", "failed.txt"], await ListNamesAsync("?status=checked,failed"));
        Assert.Equal(["checked.txt", "failed.txt"], await ListNamesAsync("?status=Checked&status=FAILED"));
        Assert.Equal(["failed.txt"], await ListNamesAsync("?status=failed"));
        Assert.Equal(["rejected.txt"], await ListNamesAsync("?status=rejected,rejected"));
        Assert.Equal(["checked.txt", "failed.txt", "rejected.txt"], await ListNamesAsync(""));
    }

    [Theory]
    [InlineData("?status=1", "'1'")]
    [InlineData("?status=0", "'0'")]
    [InlineData("?status=-1", "'-1'")]
    [InlineData("?status=%201", "'1'")]
    [InlineData("?status=checked,pending", "'pending'")]
    [InlineData("?status=checked|failed", "'checked|failed'")]
    [InlineData("?status=checked,", "empty item")]
    [InlineData("?status=checked&status=", "empty item")]
    public async Task An_unknown_status_is_400_naming_the_allowed_values(string query, string detailPart)
    {
        var answer = await ListAsync(query);

        ProblemAssert.Is(answer, 400, detailPart);
        Assert.Contains("checked, rejected, failed", ProblemAssert.Detail(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage", "not one this API issued")]
    [InlineData("YXJ0aWNsZQ== ZGVza34yRmIudHh0", "not one this API issued")]
    [InlineData("eyJ2IjoiZmMxIn0", "not one this API issued")]
    [InlineData("%E2%98%83", "not one this API issued")]
    public async Task A_continuation_token_this_api_did_not_issue_is_400(string token, string detailPart)
    {
        await SeedStatusesAsync();

        ProblemAssert.Is(await ListAsync("?continuationToken=" + token), 400, detailPart);
    }

    [Fact]
    public async Task A_continuation_token_of_another_listing_cut_short_or_overlong_is_400_and_the_real_one_pages_on()
    {
        await SeedStatusesAsync();
        var first = await ListAsync("?top=1&status=checked,failed");
        var token = (string)first.Json["continuationToken"]!;

        ProblemAssert.Is(await ListAsync("?top=1&status=failed&continuationToken=" + token), 400, "listing with status=checked,failed");
        ProblemAssert.Is(await ListAsync("?top=1&continuationToken=" + token), 400, "listing with status=checked,failed");
        ProblemAssert.Is(await ListAsync("?top=1&status=checked,failed&continuationToken=" + token[..^3]), 400, "not one this API issued");
        ProblemAssert.Is(await ListAsync("?continuationToken=" + new string('A', 5000)), 400, "5,000 characters");

        var second = await ListAsync("?top=1&status=failed,checked&continuationToken=" + token);
        Assert.Equal(200, second.Status);
        Assert.Equal("failed.txt", (string?)Assert.Single((JArray)second.Json["articles"]!)["name"]);
    }

    [Fact]
    public async Task A_well_formed_envelope_around_a_storage_token_with_control_characters_is_400()
    {
        await SeedStatusesAsync();
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"v":"fc1","status":"","next":"YXJ0aWNsZQ==\nx ZGVza34yRmIudHh0"}"""))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        ProblemAssert.Is(await ListAsync("?continuationToken=" + forged), 400, "not one this API issued");
    }

    private async Task<(string Id, FlagEntity Flag)> FirstFlagAsync(string name)
    {
        var outcome = await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        return (outcome.ArticleId, (await _service.Storage.GetFlagsAsync(outcome.ArticleId)).OrderBy(f => f.RowKey, StringComparer.Ordinal).First());
    }

    /// <summary>One article of each status: checked and rejected by the processor, failed as the processor leaves it after a transient error.</summary>
    private async Task SeedStatusesAsync()
    {
        await _service.Processor.ProcessAsync("checked.txt", Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        await _service.Processor.ProcessAsync("rejected.txt", [], "text/plain");
        await _service.Storage.Articles.UpsertEntityAsync(new ArticleEntity
        {
            RowKey = ArticleKey.Encode("failed.txt"),
            Name = "failed.txt",
            Status = nameof(ArticleStatus.Failed),
            LastError = "RequestFailedException: storage was down",
        });
    }

    private Task<HttpCalls.Answer> ListAsync(string query) =>
        HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/articles", query), request => _service.Articles.ListAsync(request));

    private async Task<string[]> ListNamesAsync(string query)
    {
        var answer = await ListAsync(query);
        Assert.Equal(200, answer.Status);
        return ((JArray)answer.Json["articles"]!).Select(a => (string)a["name"]!).Order(StringComparer.Ordinal).ToArray();
    }
}
