using System.Text;
using FactCheck.Core.Reports;
using FactCheck.Service.Http;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests.Http;

/// <summary>The HTTP handlers both hosts share, run on real <c>DefaultHttpContext</c>s over Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpHandlerTests
{
    private readonly TestService _service;

    public HttpHandlerTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite, options => options with { MaxDraftBytes = 8192 });
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("?failOn=error", true)]
    [InlineData("?failOn=none", true)]
    [InlineData("?failOn=warning", false)]
    public async Task Check_reports_whether_the_draft_passes_the_threshold(string query, bool passed)
    {
        var answer = await CheckAsync(query, "Davutoglu spoke first.", "text/plain");

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("application/json", answer.ContentType, StringComparison.Ordinal);
        Assert.Equal(passed, (bool)answer.Json["passed"]!);
        Assert.Equal("request", (string?)answer.Json["files"]![0]!["path"]);
    }

    [Fact]
    public async Task Check_fails_an_error_at_the_default_threshold_and_stores_nothing()
    {
        var answer = await CheckAsync("?name=wire.md", """{"text":"Talks in Ankra.","format":"markdown"}""", "application/json");

        Assert.Equal(200, answer.Status);
        Assert.False((bool)answer.Json["passed"]!);
        Assert.Equal("wire.md", (string?)answer.Json["files"]![0]!["path"]);
        Assert.Equal(0, _service.Recognizer.Calls - 1);
        await _service.Storage.EnsureCreatedAsync();
        Assert.Empty(_service.Storage.Articles.Query<ArticleEntity>().ToList());
    }

    [Theory]
    [InlineData("{not json", "application/json", 400, "not valid")]
    [InlineData("""{"format":"markdown"}""", "application/json", 400, "\"text\"")]
    [InlineData("""{"text":"x","format":"pdf"}""", "application/json", 400, "pdf")]
    [InlineData("hello", "image/png", 415, "image/png")]
    [InlineData("", "text/plain", 422, "empty")]
    public async Task Check_answers_bad_requests_with_problem_details(string body, string contentType, int status, string detailPart)
    {
        var answer = await CheckAsync("", body, contentType);

        AssertProblem(answer, status, detailPart);
    }

    [Fact]
    public async Task Check_answers_in_sarif_with_the_flag_fingerprint_when_asked()
    {
        var answer = await CheckAsync("?format=sarif", "Davutoglu spoke first.", "text/plain");

        Assert.Equal(200, answer.Status);
        Assert.StartsWith(ReportFormat.Sarif.ContentType, answer.ContentType, StringComparison.Ordinal);
        Assert.Equal("2.1.0", (string?)answer.Json["version"]);
        var result = Assert.Single((JArray)answer.Json["runs"]![0]!["results"]!);
        Assert.False(string.IsNullOrEmpty((string?)result["partialFingerprints"]!["factcheck/v1"]));
    }

    [Fact]
    public async Task Check_refuses_a_body_over_the_limit_with_413()
    {
        var answer = await CheckAsync("", new string('a', 9000), "text/plain");

        AssertProblem(answer, 413, "8,192-byte limit");
    }

    [Fact]
    public async Task Check_refuses_an_unknown_failOn()
    {
        AssertProblem(await CheckAsync("?failOn=sometimes", "text", "text/plain"), 400, "sometimes");
    }

    [Fact]
    public async Task Uploading_a_draft_stores_the_blob_and_points_at_the_article()
    {
        var context = HttpCalls.Request("POST", "/api/drafts", "?name=politics/turkey.md", Drafts.Seed, "text/markdown");

        var answer = await HttpCalls.RunAsync(context, request => _service.Drafts.HandleAsync(request));

        Assert.Equal(202, answer.Status);
        Assert.Equal("pending", (string?)answer.Json["check"]);
        Assert.Null(answer.Json["status"]);
        var id = ArticleKey.Encode("politics/turkey.md");
        Assert.Equal(id, (string?)answer.Json["id"]);
        Assert.Equal($"/api/articles/{id}", answer.Headers.Location.ToString());
        var blob = _service.Storage.Drafts.GetBlobClient("politics/turkey.md");
        var stored = await blob.DownloadContentAsync();
        Assert.Equal(Drafts.Seed, stored.Value.Content.ToString());
        Assert.Equal("text/markdown", stored.Value.Details.ContentType);
        Assert.Equal(0, _service.Recognizer.Calls);
    }

    [Theory]
    [InlineData("", 400)]
    [InlineData("?name=folder/", 400)]
    public async Task Uploading_without_a_usable_name_is_a_bad_request(string query, int status)
    {
        var answer = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/drafts", query, "text", "text/plain"), request => _service.Drafts.HandleAsync(request));

        AssertProblem(answer, status, "name");
    }

    [Fact]
    public async Task Uploading_a_draft_over_the_limit_is_413()
    {
        var answer = await HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/drafts", "?name=big.txt", new string('a', 9000), "text/plain"), request => _service.Drafts.HandleAsync(request));

        AssertProblem(answer, 413, "limit");
    }

    [Fact]
    public async Task Listing_pages_through_every_article_and_filters_by_status()
    {
        for (var i = 0; i < 5; i++)
        {
            await _service.Processor.ProcessAsync($"draft-{i}.txt", Encoding.UTF8.GetBytes($"Draft {i} about Davutoglu."), "text/plain");
        }

        await _service.Processor.ProcessAsync("empty.txt", [], "text/plain");

        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var query = "?top=2" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var answer = await HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/articles", query), request => _service.Articles.ListAsync(request));
            Assert.Equal(200, answer.Status);
            var articles = (JArray)answer.Json["articles"]!;
            Assert.True(articles.Count <= 2);
            names.AddRange(articles.Select(a => (string)a["name"]!));
            token = (string?)answer.Json["continuationToken"];
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(["draft-0.txt", "draft-1.txt", "draft-2.txt", "draft-3.txt", "draft-4.txt", "empty.txt"], names.Order().ToArray());
        Assert.True(pages >= 3);

        var rejected = await HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/articles", "?status=rejected"), request => _service.Articles.ListAsync(request));
        var only = Assert.Single((JArray)rejected.Json["articles"]!);
        Assert.Equal("empty.txt", (string?)only["name"]);
        Assert.Equal("rejected", (string?)only["status"]);
        Assert.Contains("empty", (string?)only["reason"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?status=pending", "pending")]
    [InlineData("?top=0", "top")]
    public async Task Listing_with_a_bad_query_is_a_bad_request(string query, string detailPart)
    {
        AssertProblem(await HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/articles", query), request => _service.Articles.ListAsync(request)), 400, detailPart);
    }

    [Fact]
    public async Task Getting_an_article_returns_it_with_its_text_and_reviewable_flags()
    {
        var outcome = await _service.Processor.ProcessAsync("world/turkey.txt", Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        var answer = await GetAsync(outcome.ArticleId);

        Assert.Equal(200, answer.Status);
        var article = (JObject)answer.Json["article"]!;
        Assert.Equal(outcome.ArticleId, (string?)article["id"]);
        Assert.Equal("world/turkey.txt", (string?)article["name"]);
        Assert.Equal("checked", (string?)article["status"]);
        Assert.Equal(1, (int)article["counts"]!["error"]!);
        Assert.Equal(1, (int)article["counts"]!["warning"]!);
        Assert.NotNull((string?)article["contentHash"]);
        Assert.NotNull(article["checkedAt"]);
        Assert.Equal(Drafts.Seed, (string?)answer.Json["text"]);
        var flags = (JArray)answer.Json["flags"]!;
        Assert.Equal(["test-watch-place", "test-watch-word"], flags.Select(f => (string)f["rule"]!).ToArray());
        Assert.All(flags, f =>
        {
            Assert.Equal("open", (string?)f["status"]);
            Assert.False(string.IsNullOrEmpty((string?)f["etag"]));
            Assert.False(string.IsNullOrEmpty((string?)f["id"]));
            Assert.True(((JObject)f).ContainsKey("note"));
            Assert.True(((JObject)f).ContainsKey("reviewedAt"));
        });
    }

    [Theory]
    [InlineData("nobody.txt")]
    [InlineData("~zz/..")]
    public async Task Getting_an_unknown_article_is_404(string id)
    {
        AssertProblem(await GetAsync(id), 404, "no article");
    }

    [Fact]
    public async Task Reviewing_a_flag_needs_its_current_etag()
    {
        var outcome = await _service.Processor.ProcessAsync("review.txt", Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        var flag = (JObject)((JArray)(await GetAsync(outcome.ArticleId)).Json["flags"]!)[1]!;
        var flagId = (string)flag["id"]!;
        var etag = (string)flag["etag"]!;

        var dismissed = await HttpCalls.PatchFlagAsync(_service, outcome.ArticleId, flagId, etag, """{"status":"dismissed","note":"Deliberate","reviewer":"desk"}""");

        Assert.Equal(200, dismissed.Status);
        Assert.Equal("dismissed", (string?)dismissed.Json["status"]);
        Assert.Equal("Deliberate", (string?)dismissed.Json["note"]);
        Assert.NotNull(dismissed.Json["reviewedAt"]);
        Assert.NotEqual(etag, (string?)dismissed.Json["etag"]);
        Assert.Equal((string?)dismissed.Json["etag"], dismissed.Headers.ETag.ToString());
        var stored = Assert.Single(await _service.FlagsAsync("review.txt"), f => f.RowKey == flagId);
        Assert.Equal((nameof(FlagStatus.Dismissed), "Deliberate", "desk"), (stored.Status, stored.Note, stored.Reviewer));

        AssertProblem(await HttpCalls.PatchFlagAsync(_service, outcome.ArticleId, flagId, etag, """{"status":"accepted"}"""), 412, "changed since");
        Assert.Equal(nameof(FlagStatus.Dismissed), Assert.Single(await _service.FlagsAsync("review.txt"), f => f.RowKey == flagId).Status);
    }

    [Theory]
    [InlineData("""{"status":"maybe"}""", 400, "maybe")]
    [InlineData("""{"note":"no status"}""", 400, "missing")]
    [InlineData("""{"status":"accepted","note":5}""", 400, "note")]
    [InlineData("not json", 400, "not valid")]
    public async Task Reviewing_with_a_bad_body_is_a_bad_request(string body, int status, string detailPart)
    {
        var outcome = await _service.Processor.ProcessAsync("bad-review.txt", Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");
        var flag = (JObject)((JArray)(await GetAsync(outcome.ArticleId)).Json["flags"]!)[0]!;

        AssertProblem(await HttpCalls.PatchFlagAsync(_service, outcome.ArticleId, (string)flag["id"]!, (string)flag["etag"]!, body), status, detailPart);
    }

    [Fact]
    public async Task Reviewing_an_unknown_flag_is_404_and_without_if_match_is_428()
    {
        var outcome = await _service.Processor.ProcessAsync("missing-flag.txt", Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        AssertProblem(await HttpCalls.PatchFlagAsync(_service, outcome.ArticleId, "0123456789abcdef", "*", """{"status":"accepted"}"""), 404, "no flag");
        AssertProblem(await HttpCalls.PatchFlagAsync(_service, "nobody.txt", "0123456789abcdef", "*", """{"status":"accepted"}"""), 404, "no flag");
        AssertProblem(await HttpCalls.PatchFlagAsync(_service, outcome.ArticleId, "0123456789abcdef", null, """{"status":"accepted"}"""), 428, "If-Match");
    }

    private Task<HttpCalls.Answer> CheckAsync(string query, string body, string contentType) =>
        HttpCalls.RunAsync(HttpCalls.Request("POST", "/api/check", query, body, contentType), request => _service.Check.HandleAsync(request));

    private Task<HttpCalls.Answer> GetAsync(string id) =>
        HttpCalls.RunAsync(HttpCalls.Request("GET", $"/api/articles/{id}"), request => _service.Articles.GetAsync(request, id));

    private static void AssertProblem(HttpCalls.Answer answer, int status, string detailPart)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal(ProblemResult.ContentType, answer.ContentType);
        var problem = answer.Json;
        Assert.Equal(status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.NotNull(problem["type"]);
        Assert.Contains(detailPart, (string?)problem["detail"], StringComparison.Ordinal);
    }
}
