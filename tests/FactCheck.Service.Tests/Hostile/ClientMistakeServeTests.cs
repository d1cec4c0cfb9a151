using System.Net.Http.Headers;
using System.Text;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests.Hostile;

/// <summary>
/// The reproductions of the client mistakes that answered 503 or 500, over HTTP through the routes and failure
/// middleware <c>factcheck serve</c> uses, over Azurite: each is now the client's 4xx.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientMistakeServeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_if_match_that_cannot_match_is_412_not_503()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        var (location, flag) = await UploadAsync(client, "desk/if-match.txt");
        var flagUrl = $"{location}/flags/{(string)flag["id"]!}";

        foreach (var ifMatch in new[] { "\"0x0-stale\"", "garbage", "\"\"", "\"*\"", "\"a\", \"b\"", "\"" + new string('x', 5000) + "\"", "W/\"garbage\"" })
        {
            var answer = await PatchAsync(client, flagUrl, ifMatch, """{"status":"dismissed"}""");

            Assert.True(answer.Status == 412, $"If-Match {ifMatch[..Math.Min(20, ifMatch.Length)]} answered {answer.Status}: {answer.Body}");
            Assert.False(answer.Headers.ContainsKey("Retry-After"));
        }

        var reviewed = await PatchAsync(client, flagUrl, (string)flag["etag"]!, """{"status":"dismissed"}""");
        Assert.Equal(200, reviewed.Status);
        ProblemAssert.Is(await PatchAsync(client, flagUrl, (string)flag["etag"]!, """{"status":"accepted"}"""), 412, "changed since");
        await app.StopAsync();
    }

    [Fact]
    public async Task Overlong_and_wrongly_typed_fields_are_400_not_503_or_500()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        var (location, flag) = await UploadAsync(client, "desk/fields.txt");
        var flagUrl = $"{location}/flags/{(string)flag["id"]!}";

        ProblemAssert.Is(await PatchAsync(client, flagUrl, "*", new JObject { ["status"] = "open", ["reviewer"] = new string('r', 40_000) }.ToString()), 400, "\"reviewer\" is 40,000 characters long");
        ProblemAssert.Is(await PatchAsync(client, flagUrl, "*", """{"status":"open","reviewer":{}}"""), 400, "\"reviewer\" must be a string, not an object");
        ProblemAssert.Is(await PatchAsync(client, flagUrl, "*", """{"status":"open","reviewer":[1]}"""), 400, "\"reviewer\" must be a string, not an array");
        ProblemAssert.Is(await CheckJsonAsync(client, """{"text":"hi","format":{}}"""), 400, "\"format\" must be a string, not an object");
        ProblemAssert.Is(await CheckJsonAsync(client, """{"text":"hi","name":{}}"""), 400, "\"name\" must be a string, not an object");
        ProblemAssert.Is(await CheckJsonAsync(client, """{"text":"hi","name":[1]}"""), 400, "\"name\" must be a string, not an array");
        await app.StopAsync();
    }

    [Fact]
    public async Task A_dot_segment_draft_name_is_400_and_stores_nothing()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();

        var answer = await AnswerAsync(await client.PostAsync("/api/drafts?name=../x.txt", new StringContent("hi", null, "text/plain")));

        ProblemAssert.Is(answer, 400, "only dots");
        var list = await AnswerAsync(await client.GetAsync("/api/articles"));
        Assert.Empty((JArray)list.Json["articles"]!);
        await app.StopAsync();
    }

    [Fact]
    public async Task Status_is_a_list_of_names_and_a_garbage_token_is_400_not_an_empty_page()
    {
        await using var app = await ServiceTestHost.StartAsync(azurite);
        var client = app.GetTestClient();
        await UploadAsync(client, "desk/checked.txt");
        var rejected = await client.PostAsync("/api/drafts?name=desk/empty.txt", new StringContent("", null, "text/plain"));
        Assert.Equal("rejected", (string?)(await AnswerAsync(rejected)).Json["status"]);

        var checkedOrFailed = await AnswerAsync(await client.GetAsync("/api/articles?status=checked,failed"));
        Assert.Equal(200, checkedOrFailed.Status);
        Assert.Equal(["desk/checked.txt"], ((JArray)checkedOrFailed.Json["articles"]!).Select(a => (string)a["name"]!).ToArray());
        ProblemAssert.Is(await AnswerAsync(await client.GetAsync("/api/articles?status=1")), 400, "checked, rejected, failed");
        ProblemAssert.Is(await AnswerAsync(await client.GetAsync("/api/articles?continuationToken=garbage")), 400, "continuationToken");
        await app.StopAsync();
    }

    private static async Task<(string Location, JObject Flag)> UploadAsync(HttpClient client, string name)
    {
        var upload = await client.PostAsync($"/api/drafts?name={name}", new StringContent(Drafts.Seed, Encoding.UTF8, "text/plain"));
        Assert.Equal(201, (int)upload.StatusCode);
        var location = upload.Headers.Location!.ToString();
        var article = JObject.Parse(await client.GetStringAsync(location));
        return (location, (JObject)((JArray)article["flags"]!)[0]);
    }

    private static async Task<HttpCalls.Answer> PatchAsync(HttpClient client, string url, string ifMatch, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        // Without validation: HttpClient itself refuses most of these values, a raw client does not.
        Assert.True(request.Headers.TryAddWithoutValidation("If-Match", ifMatch));
        return await AnswerAsync(await client.SendAsync(request));
    }

    private static async Task<HttpCalls.Answer> CheckJsonAsync(HttpClient client, string body) =>
        await AnswerAsync(await client.PostAsync("/api/check", new StringContent(body, new MediaTypeHeaderValue("application/json"))));

    private static async Task<HttpCalls.Answer> AnswerAsync(HttpResponseMessage response)
    {
        var headers = new Microsoft.AspNetCore.Http.HeaderDictionary();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = values.ToArray();
        }

        return new HttpCalls.Answer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), headers, await response.Content.ReadAsStringAsync());
    }
}
