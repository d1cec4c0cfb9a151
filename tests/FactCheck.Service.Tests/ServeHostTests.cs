using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Tests;

/// <summary>
/// The same handlers mapped onto a plain ASP.NET Core app (what <c>factcheck serve</c> does), through the test host:
/// routes, DI registration and inline processing of uploads.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ServeHostTests
{
    private readonly AzuriteFixture _azurite;

    public ServeHostTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Upload_poll_review_and_reupload_through_mapped_routes()
    {
        await using var app = await ServiceTestHost.StartAsync(_azurite);
        var client = app.GetTestClient();

        var upload = await client.PostAsync("/api/drafts?name=desk/story.md", new StringContent(Drafts.Seed, null, "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var uploaded = JObject.Parse(await upload.Content.ReadAsStringAsync());
        Assert.Equal("done", (string?)uploaded["check"]);
        Assert.Equal("checked", (string?)uploaded["status"]);

        var article = JObject.Parse(await client.GetStringAsync(upload.Headers.Location));
        Assert.Equal("desk/story.md", (string?)article["article"]!["name"]);
        Assert.Equal(Drafts.Seed, (string?)article["text"]);

        var list = JObject.Parse(await client.GetStringAsync("/api/articles?status=checked"));
        Assert.Single((JArray)list["articles"]!);

        var check = await client.PostAsync("/api/check?failOn=info", new StringContent("Plain words.", null, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.True((bool)JObject.Parse(await check.Content.ReadAsStringAsync())["passed"]!);

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"{upload.Headers.Location}/flags/0123456789abcdef")
        {
            Content = JsonContent.Create(new { status = "dismissed" }),
        };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        var missing = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        await app.StopAsync();
    }
}
