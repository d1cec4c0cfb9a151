using System.Text.RegularExpressions;
using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// The page as the Functions app serves it, where the API needs a function key and uploads are checked later by the
/// blob trigger. The browser's network layer plays the Functions host in front of serve: it answers 401 without the
/// key, and turns upload answers into the Functions app's (<c>202</c>, <c>"check": "pending"</c>, no <c>status</c>) so the
/// page has to poll.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class AzureModeTests
{
    private const string Key = "test-function-key";

    private readonly ServeFixture _serve;

    public AzureModeTests(ServeFixture serve)
    {
        _serve = serve;
    }

    [Fact]
    public async Task The_page_asks_for_the_function_key_and_sends_it_as_a_header_never_in_the_url()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var seen = new List<(string Url, string? Key)>();
        await page.RouteAsync("**/api/articles**", async route =>
        {
            var key = route.Request.Headers.TryGetValue("x-functions-key", out var value) ? value : null;
            lock (seen)
            {
                seen.Add((route.Request.Url, key));
            }

            if (key != Key)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 401,
                    ContentType = "application/problem+json",
                    Body = """{"type":"about:blank","title":"Unauthorized","status":401,"detail":"A function key is required."}""",
                });
                return;
            }

            await route.ContinueAsync();
        });

        await page.GotoAsync(_serve.ReviewPage.ToString());
        await Expect(page.Locator("#key-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#key-input")).ToBeFocusedAsync();
        await page.Locator("#key-input").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

        await Expect(page.Locator("#list-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("on page 1");
        Assert.Contains(seen, call => call.Key == Key);
        Assert.DoesNotContain(seen, call => call.Url.Contains(Key, StringComparison.Ordinal));
        Assert.Equal(Key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('factcheck.functionKey')"));
    }

    [Fact]
    public async Task With_the_check_pending_the_page_polls_until_this_version_is_checked()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();

        var (name, polls) = await UploadTheSampleAnsweredAsync(page, "pending");

        await Expect(page.Locator("#article-heading")).ToHaveTextAsync(name);
        await Expect(page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" })).ToHaveTextAsync("Kravchenko");
        Assert.True(polls() >= 2, $"the page fetched the article {polls()} times; expected a poll before opening it");
    }

    [Fact]
    public async Task When_a_later_upload_came_first_the_page_opens_the_article_without_waiting_for_this_version()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();

        var (name, polls) = await UploadTheSampleAnsweredAsync(page, "superseded");

        await Expect(page.Locator("#article-heading")).ToHaveTextAsync(name);
        Assert.Equal(1, polls());
    }

    /// <summary>Uploads the sample draft with serve's answer rewritten to 202 with <paramref name="check"/>; returns the
    /// article name and how many times the page has fetched the article so far.</summary>
    private async Task<(string Name, Func<int> Polls)> UploadTheSampleAnsweredAsync(IPage page, string check)
    {
        var polls = 0;
        await page.RouteAsync("**/api/drafts?**", async route =>
        {
            var response = await route.FetchAsync();
            var body = JObject.Parse(await response.TextAsync());
            body.Remove("status");
            body["check"] = check;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Status = 202, Body = body.ToString() });
        });
        await page.RouteAsync("**/api/articles/**", async route =>
        {
            Interlocked.Increment(ref polls);
            await route.ContinueAsync();
        });
        var name = $"{check}-{Guid.NewGuid():N}.txt";

        await page.GotoAsync(_serve.ReviewPage + "#/upload");
        await page.GetByLabel("File (.txt, .md, .html or .docx)").SetInputFilesAsync(RepositoryFiles.Sample("drifted-name.txt"));
        await page.GetByLabel("Article name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        return (name, () => Volatile.Read(ref polls));
    }

    [Fact]
    public async Task A_flag_changed_elsewhere_since_the_page_loaded_it_is_reloaded_and_not_overwritten()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"race-{Guid.NewGuid():N}.txt";
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        (await http.PostAsync($"api/drafts?name={name}", new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))))).EnsureSuccessStatusCode();
        var id = FactCheck.Service.Storage.ArticleKey.Encode(name);

        await page.GotoAsync($"{_serve.ReviewPage}#/article/{id}");
        var mark = page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" });
        await Expect(mark).ToHaveTextAsync("Kravchenko");
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");

        var flag = NameMismatch(JObject.Parse(await http.GetStringAsync($"api/articles/{id}")));
        var accept = new HttpRequestMessage(HttpMethod.Patch, $"api/articles/{id}/flags/{flag["id"]}")
        {
            Content = new StringContent("""{"status":"accepted","note":"other reviewer"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        accept.Headers.TryAddWithoutValidation("If-Match", (string)flag["etag"]!);
        (await http.SendAsync(accept)).EnsureSuccessStatusCode();

        await page.Keyboard.PressAsync("d");

        await Expect(page.Locator("#alert")).ToContainTextAsync("changed since the page loaded it");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bstatus-accepted\b"));
        Assert.Equal("accepted", (string?)NameMismatch(JObject.Parse(await http.GetStringAsync($"api/articles/{id}")))["status"]);
    }

    private static JToken NameMismatch(JObject article) => article["flags"]!.Single(f => (string?)f["rule"] == "name-mismatch");
}
