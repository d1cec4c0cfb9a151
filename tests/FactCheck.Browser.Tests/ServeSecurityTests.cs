using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Service.Http;
using Newtonsoft.Json.Linq;

namespace FactCheck.Browser.Tests;

/// <summary>
/// The headers and guards of <c>factcheck serve</c> over real HTTP: the page's Content-Security-Policy, no CORS, no
/// cross-origin changes, no foreign Host names (DNS rebinding), and a page with nothing inline for the policy to allow.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed partial class ServeSecurityTests
{
    private readonly ServeFixture _serve;

    public ServeSecurityTests(ServeFixture serve)
    {
        _serve = serve;
    }

    [Theory]
    [InlineData("api/review")]
    [InlineData("api/review/app.js")]
    [InlineData("api/review/review.css")]
    [InlineData("api/review/no-such-file.js")]
    [InlineData("api/articles")]
    public async Task Every_response_carries_a_strict_policy_without_unsafe_inline(string path)
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        using var response = await http.GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("require-trusted-types-for 'script'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Page_files_have_their_types_and_an_unknown_file_is_a_404_problem()
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };

        Assert.Equal("text/html", (await http.GetAsync("api/review")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", (await http.GetAsync("api/review/app.js")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", (await http.GetAsync("api/review/review.css")).Content.Headers.ContentType?.MediaType);
        var unknown = await http.GetAsync("api/review/secrets.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unchanged_page_file_answers_304_to_its_etag()
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var first = await http.GetAsync("api/review/app.js");
        var request = new HttpRequestMessage(HttpMethod.Get, "api/review/app.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_event_handler_and_no_script_writes_markup()
    {
        foreach (var asset in ReviewPageHandler.AssetNames)
        {
            using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
            var text = await http.GetStringAsync($"api/review/{asset}");
            if (asset.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(InlineScript(), text);
                Assert.DoesNotMatch(StyleElementOrAttribute(), text);
                Assert.DoesNotMatch(EventHandlerAttribute(), text);
            }
            else if (asset.EndsWith(".js", StringComparison.Ordinal))
            {
                Assert.DoesNotMatch(MarkupSink(), text);
            }
        }

        Assert.Contains("app.js", ReviewPageHandler.AssetNames);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1:1")]
    public async Task A_cross_origin_upload_is_refused_with_403_and_stores_nothing(string origin)
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var name = $"cross-{Guid.NewGuid():N}.txt";
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/drafts?name={name}")
        {
            Content = new StringContent("Minister Anna Berg spoke. Borg replied.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", origin);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Cross-origin request refused", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/articles/{name}")).StatusCode);
    }

    [Fact]
    public async Task A_cross_site_patch_is_refused_but_the_same_origin_and_curl_are_served()
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var name = $"origin-{Guid.NewGuid():N}.txt";
        var own = _serve.BaseUrl.GetLeftPart(UriPartial.Authority);
        var upload = new HttpRequestMessage(HttpMethod.Post, $"api/drafts?name={name}")
        {
            Content = new StreamContent(File.OpenRead(RepositoryFiles.Sample("drifted-name.txt"))),
        };
        upload.Headers.Add("Origin", own);
        upload.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(upload)).StatusCode);
        var flag = JObject.Parse(await http.GetStringAsync($"api/articles/{name}"))["flags"]!.Single(f => (string?)f["rule"] == "name-mismatch");

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"api/articles/{name}/flags/{flag["id"]}")
        {
            Content = new StringContent("""{"status":"dismissed"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", (string)flag["etag"]!);
        patch.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(patch)).StatusCode);
        Assert.Equal("open", (string?)JObject.Parse(await http.GetStringAsync($"api/articles/{name}"))["flags"]!.Single(f => (string?)f["id"] == (string?)flag["id"])["status"]);

        var curlPatch = new HttpRequestMessage(HttpMethod.Patch, $"api/articles/{name}/flags/{flag["id"]}")
        {
            Content = new StringContent("""{"status":"dismissed"}""", Encoding.UTF8, "application/json"),
        };
        curlPatch.Headers.TryAddWithoutValidation("If-Match", (string)flag["etag"]!);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(curlPatch)).StatusCode);
    }

    [Fact]
    public async Task A_preflight_gets_no_cors_headers()
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var preflight = new HttpRequestMessage(HttpMethod.Options, "api/drafts?name=x.txt");
        preflight.Headers.Add("Origin", "http://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await http.SendAsync(preflight);

        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebind.attacker.test")]
    public async Task A_foreign_host_name_is_refused_against_dns_rebinding(string host)
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var request = new HttpRequestMessage(HttpMethod.Get, "api/articles");
        request.Headers.Host = $"{host}:{_serve.BaseUrl.Port}";

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Localhost_is_an_accepted_host_name()
    {
        using var http = new HttpClient { BaseAddress = _serve.BaseUrl };
        var request = new HttpRequestMessage(HttpMethod.Get, "api/articles");
        request.Headers.Host = $"localhost:{_serve.BaseUrl.Port}";

        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementOrAttribute();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|\beval\(|new Function\(")]
    private static partial Regex MarkupSink();
}
