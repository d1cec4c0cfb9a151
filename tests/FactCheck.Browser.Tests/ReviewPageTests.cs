using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// The review page in a real Chromium against <c>factcheck serve</c> over Azurite, with the real local recognizer and
/// rules: upload, highlight, review by keyboard, persistence, hostile drafts, accessibility.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ReviewPageTests
{
    private const string XssDraft = """<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">""";

    private readonly ServeFixture _serve;

    public ReviewPageTests(ServeFixture serve)
    {
        _serve = serve;
    }

    [Fact]
    public async Task Uploaded_sample_shows_the_name_mismatch_on_Kravchenko_and_a_dismissal_survives_a_reload()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        // The README's screenshot comes from this test, so the article carries the sample's own name (Azurite is fresh per run).
        var name = "samples/drifted-name.txt";

        await page.GotoAsync(_serve.ReviewPage + "#/upload");
        await page.GetByLabel("File (.txt, .md, .html or .docx)").SetInputFilesAsync(RepositoryFiles.Sample("drifted-name.txt"));
        await page.GetByLabel("Article name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        // Other rules may flag other words in the sample; these tests follow the name-mismatch on "Kravchenko".
        var mark = page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" });
        await Expect(page.Locator("#article-heading")).ToHaveTextAsync(name);
        await Expect(mark).ToHaveCountAsync(1);
        await Expect(mark).ToHaveTextAsync("Kravchenko");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bsev-warning\b.*\bstatus-open\b"));
        await Expect(page.Locator("#status")).ToContainTextAsync("open flag");

        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("#flag-panel")).ToBeVisibleAsync();
        await Expect(page.Locator("#flag-title")).ToHaveTextAsync("Warning: name-mismatch");
        await Expect(page.Locator("#flag-suggestion")).ToHaveTextAsync("Suggestion: Kovalenko");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bselected\b"));

        await page.GetByRole(AriaRole.Button, new() { Name = "“Oleksiy Kovalenko”, line 3, column 28" }).ClickAsync();
        var related = page.Locator("#article-text .related.related-active");
        await Expect(related).ToHaveTextAsync("Oleksiy Kovalenko");
        await Expect(related).ToBeFocusedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryFiles.Artifact("review-page.png") });

        await page.GetByLabel("Note (optional)").FillAsync("Kravchenko is the deputy minister, quoted correctly.");
        await page.Locator("#flag-list button").FocusAsync();
        await page.Keyboard.PressAsync("d");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bstatus-dismissed\b"));
        await Expect(page.Locator("#status")).ToHaveTextAsync("Dismissed: “Kravchenko”.");

        await page.ReloadAsync();
        await Expect(mark).ToHaveTextAsync("Kravchenko");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bstatus-dismissed\b"));
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("k");
        await Expect(page.Locator("#flag-status")).ToContainTextAsync("Status: Dismissed");
        await Expect(page.Locator("#flag-status")).ToContainTextAsync("Note: Kravchenko is the deputy minister, quoted correctly.");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#flag-panel")).ToBeHiddenAsync();

        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var flags = JObject.Parse(await http.GetStringAsync($"api/articles/{ArticleId(name)}"))["flags"]!;
        Assert.Equal("dismissed", (string?)flags.Single(f => (string?)f["rule"] == "name-mismatch")["status"]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_draft_of_script_and_img_onerror_renders_as_text_and_runs_nothing()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        var name = $"hostile-{Guid.NewGuid():N}.txt";

        await page.GotoAsync(_serve.ReviewPage + "#/upload");
        await page.GetByLabel("File (.txt, .md, .html or .docx)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(XssDraft + "\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        await Expect(page.Locator("#article-heading")).ToHaveTextAsync(name);
        await Expect(page.Locator("#article-text")).ToHaveTextAsync(XssDraft + "\n");
        Assert.Equal(0, await page.Locator("#article-text script, #article-text img").CountAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));

        // Also through the paste box and the list, where the name itself is hostile.
        var hostileName = $"<img src=x onerror=\"window.__pwned=3\">-{Guid.NewGuid():N}";
        await page.GotoAsync(_serve.ReviewPage + "#/upload");
        await page.Locator("#upload-text").FillAsync(XssDraft);
        await page.GetByLabel("Article name").FillAsync(hostileName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(page.Locator("#article-heading")).ToHaveTextAsync(hostileName + ".txt");
        await page.GotoAsync(_serve.ReviewPage + "#/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = hostileName + ".txt" })).ToBeVisibleAsync();

        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(errors);

        // Trusted Types in the policy: the browser refuses to parse a string as HTML anywhere on the page.
        Assert.Equal("TypeError", await page.EvaluateAsync<string>(
            "() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch (e) { return e.name; } }"));
    }

    [Fact]
    public async Task List_and_article_views_have_no_serious_or_critical_axe_violations()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"axe-{Guid.NewGuid():N}.txt";
        using (var http = new HttpClient { BaseAddress = _serve.BaseUrl })
        {
            var upload = await http.PostAsync($"api/drafts?name={name}", new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))));
            upload.EnsureSuccessStatusCode();
        }

        await page.GotoAsync(_serve.ReviewPage.ToString());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        AssertNoSeriousViolations("list", await page.RunAxe());

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" })).ToHaveTextAsync("Kravchenko");
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("#flag-panel")).ToBeVisibleAsync();
        AssertNoSeriousViolations("article", await page.RunAxe());

        await page.GotoAsync(_serve.ReviewPage + "#/upload");
        await Expect(page.Locator("#upload-form")).ToBeVisibleAsync();
        AssertNoSeriousViolations("upload", await page.RunAxe());
    }

    [Fact]
    public async Task Filters_hide_flags_by_status_and_j_k_walk_only_the_shown_ones()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"filters-{Guid.NewGuid():N}.txt";
        using (var http = new HttpClient { BaseAddress = _serve.BaseUrl })
        {
            (await http.PostAsync($"api/drafts?name={name}", new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))))).EnsureSuccessStatusCode();
        }

        await page.GotoAsync($"{_serve.ReviewPage}#/article/{ArticleId(name)}");
        var mark = page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" });
        await Expect(mark).ToHaveTextAsync("Kravchenko");

        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.GetByLabel("Severity").SelectOptionAsync("error");
        await Expect(mark).ToHaveCountAsync(0);
        await Expect(page.Locator("#flag-count")).ToHaveTextAsync(new Regex("^0 flags shown, [1-9][0-9]* hidden by the filters\\.$"));
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("#flag-panel")).ToBeHiddenAsync();

        await page.GetByLabel("Severity").SelectOptionAsync("warning");
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await Expect(mark).ToHaveCountAsync(1);
        await mark.ClickAsync();
        await Expect(page.Locator("#flag-panel")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bstatus-accepted\b"));

        await page.Locator("#filter-status").SelectOptionAsync("open");
        await Expect(mark).ToHaveCountAsync(0);
        await page.Locator("#filter-status").SelectOptionAsync("accepted");
        await Expect(mark).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Every_flag_is_highlighted_the_text_is_kept_whole_and_j_k_walk_the_flags_in_order_but_not_while_typing()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"two-flags-{Guid.NewGuid():N}.txt";
        var draft = File.ReadAllText(RepositoryFiles.Sample("drifted-name.txt")) + "\nKravchenko said talks would resume next week.\n";
        using (var http = new HttpClient { BaseAddress = _serve.BaseUrl })
        {
            (await http.PostAsync($"api/drafts?name={name}", new StringContent(draft, Encoding.UTF8, "text/plain"))).EnsureSuccessStatusCode();
        }

        await page.GotoAsync($"{_serve.ReviewPage}#/article/{ArticleId(name)}");
        var marks = page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" });
        await Expect(marks).ToHaveCountAsync(2);
        await Expect(marks.Nth(0)).ToHaveTextAsync("Kravchenko");
        await Expect(marks.Nth(1)).ToHaveTextAsync("Kravchenko");
        Assert.Equal(draft, await page.Locator("#article-text").TextContentAsync());

        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");
        await Expect(marks.Nth(0)).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Expect(page.Locator("#flag-location")).ToContainTextAsync("Line 7");
        await page.Keyboard.PressAsync("j");
        await Expect(marks.Nth(1)).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Expect(marks.Nth(0)).Not.ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Expect(page.Locator("#flag-location")).ToContainTextAsync("Line 11");
        await page.Keyboard.PressAsync("k");
        await Expect(marks.Nth(0)).ToHaveClassAsync(new Regex(@"\bselected\b"));

        await page.Locator("#review-note").FocusAsync();
        await page.Keyboard.PressAsync("d");
        await Expect(page.Locator("#review-note")).ToHaveValueAsync("d");
        await Expect(marks.Nth(0)).ToHaveClassAsync(new Regex(@"\bstatus-open\b"));
    }

    [Fact]
    public async Task An_archive_flag_shows_its_evidence_as_text_and_dismissing_it_as_correct_sends_the_reason()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectConsoleErrors(page);
        var name = $"archive-{Guid.NewGuid():N}.txt";
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        (await http.PostAsync($"api/drafts?name={name}", new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))))).EnsureSuccessStatusCode();
        var id = ArticleId(name);

        // No rule on this branch emits archive flags, so the network layer plays a server whose name-mismatch flag is
        // one: it adds the evidence to the article and to the review's answer, and keeps the review's body.
        var evidence = JObject.Parse("""
            {
              "draftClaim": { "kind": "spelling", "personKey": "kravchenko", "value": "<img src=x onerror=\"window.__pwned=4\">Kravchenko" },
              "archiveSide": { "kind": "spelling", "personKey": "kravchenko", "value": "Oleksiy Kovalenko" },
              "articles": [
                { "id": "archive/2024-05-kyiv.md", "date": "2024-05-02", "title": "Kyiv <b>talks</b>" },
                { "id": "archive/2023-11-grain.md", "date": "2023-11-20", "title": null }
              ],
              "summary": "the archive has Oleksiy Kovalenko, 2 articles, 2023-11-20 to 2024-05-02"
            }
            """);
        var reviews = await AddArchiveEvidenceAsync(page, id, evidence);

        await page.GotoAsync($"{_serve.ReviewPage}#/article/{id}");
        var mark = page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" });
        await Expect(mark).ToHaveTextAsync("Kravchenko");
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");

        await Expect(page.Locator("#flag-archive-block")).ToBeVisibleAsync();
        await Expect(page.Locator("#flag-archive-summary")).ToHaveTextAsync("The archive has Oleksiy Kovalenko, 2 articles, 2023-11-20 to 2024-05-02.");
        await Expect(page.Locator("#flag-archive-claims dt")).ToHaveTextAsync(["This draft", "The archive"]);
        await Expect(page.Locator("#flag-archive-claims .claim-draft")).ToHaveTextAsync("“<img src=x onerror=\"window.__pwned=4\">Kravchenko”");
        await Expect(page.Locator("#flag-archive-claims .claim-archive")).ToHaveTextAsync("“Oleksiy Kovalenko” (2023-11-20 to 2024-05-02)");
        await Expect(page.Locator("#flag-archive-articles li")).ToHaveTextAsync(["archive/2024-05-kyiv.md, 2024-05-02: Kyiv <b>talks</b>", "archive/2023-11-grain.md, 2023-11-20"]);
        Assert.Equal(0, await page.Locator("img, #flag-panel b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        AssertNoSeriousViolations("archive flag", await page.RunAxe());

        var correct = page.GetByRole(AriaRole.Button, new() { Name = "Dismiss: the draft is correct" });
        await correct.ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Dismissed as correct: “Kravchenko”.");
        await Expect(mark).ToHaveClassAsync(new Regex(@"\bstatus-dismissed\b"));
        await Expect(page.Locator("#flag-status")).ToContainTextAsync("Status: Dismissed (the draft is correct)");
        await Expect(correct).ToBeDisabledAsync();
        await Expect(page.Locator("#flag-archive-block")).ToBeVisibleAsync();
        var sent = Assert.Single(reviews);
        Assert.Equal("dismissed", (string?)sent["status"]);
        Assert.Equal("correct", (string?)sent["reason"]);

        var stored = JObject.Parse(await http.GetStringAsync($"api/articles/{id}"))["flags"]!.Single(f => (string?)f["rule"] == "name-mismatch");
        Assert.Equal("dismissed", (string?)stored["status"]);
        Assert.Equal("correct", (string?)stored["reason"]);

        // The real server's flag has no evidence: no archive block, no dismissal as correct.
        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        await Expect(mark).ToHaveTextAsync("Kravchenko");
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("#flag-panel")).ToBeVisibleAsync();
        await Expect(page.Locator("#flag-archive-block")).ToBeHiddenAsync();
        await Expect(correct).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_office_archive_flag_names_the_office_and_both_holders()
    {
        await using var context = await _serve.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"archive-office-{Guid.NewGuid():N}.txt";
        using (var http = new HttpClient { BaseAddress = _serve.BaseUrl })
        {
            (await http.PostAsync($"api/drafts?name={name}", new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))))).EnsureSuccessStatusCode();
        }

        await AddArchiveEvidenceAsync(page, ArticleId(name), JObject.Parse("""
            {
              "draftClaim": { "kind": "office", "personKey": "kravchenko", "value": "foreign minister|ukrainian" },
              "archiveSide": { "kind": "office", "personKey": "oleksiy kovalenko", "value": "foreign minister|ukrainian" },
              "articles": [ { "id": "archive/2024-05-kyiv.md", "date": "2024-05-02", "title": "archive/2024-05-kyiv.md" } ],
              "summary": ""
            }
            """));
        await page.GotoAsync($"{_serve.ReviewPage}#/article/{ArticleId(name)}");
        await Expect(page.Locator("#article-text mark.flag", new() { HasText = "Kravchenko" })).ToHaveTextAsync("Kravchenko");
        await page.GetByLabel("Rule").SelectOptionAsync("name-mismatch");
        await page.Keyboard.PressAsync("j");

        await Expect(page.Locator("#flag-archive-claims .claim-draft")).ToHaveTextAsync("Foreign minister (ukrainian) held by kravchenko");
        await Expect(page.Locator("#flag-archive-claims .claim-archive")).ToHaveTextAsync("Foreign minister (ukrainian) held by oleksiy kovalenko (2024-05-02)");
        await Expect(page.Locator("#flag-archive-summary")).ToBeHiddenAsync();
        await Expect(page.Locator("#flag-archive-articles li")).ToHaveTextAsync(["archive/2024-05-kyiv.md, 2024-05-02"]);
    }

    private static void AssertNoSeriousViolations(string view, AxeResult result)
    {
        // axe really ran its rules on this page (an injection blocked by the page's policy would pass nothing).
        Assert.True(result.Passes.Length > 10, $"{view} view: axe passed only {result.Passes.Length} rules.");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{view} view: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>
    /// Plays a server whose name-mismatch flags are archive flags with <paramref name="evidence"/>: adds it to the
    /// article's flags and to a review's answer, and keeps each review's body (returned).
    /// </summary>
    private static async Task<List<JObject>> AddArchiveEvidenceAsync(IPage page, string id, JObject evidence)
    {
        var reviews = new List<JObject>();
        await page.RouteAsync($"**/api/articles/{id}**", async route =>
        {
            var answer = await route.FetchAsync();
            var json = JObject.Parse(await answer.TextAsync());
            if (route.Request.Method == "PATCH")
            {
                lock (reviews)
                {
                    reviews.Add(JObject.Parse(route.Request.PostData!));
                }

                json["archive"] = evidence.DeepClone();
            }
            else
            {
                foreach (var flag in json["flags"]!.Where(f => (string?)f["rule"] == "name-mismatch"))
                {
                    flag["archive"] = evidence.DeepClone();
                }
            }

            await route.FulfillAsync(new RouteFulfillOptions { Response = answer, Body = json.ToString() });
        });
        return reviews;
    }

    /// <summary>Console errors and uncaught exceptions, including CSP violation reports.</summary>
    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return errors;
    }

    private static string ArticleId(string name) => FactCheck.Service.Storage.ArticleKey.Encode(name);
}
