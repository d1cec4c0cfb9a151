using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FactCheck.Cli;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using FactCheck.Service.Http;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests;

/// <summary>
/// The OpenAPI document against what the hosts really do. <c>factcheck serve</c> (built by <see cref="ServeHost"/>, on
/// Kestrel over Azurite) generates it; the checked-in <c>docs/openapi.json</c>, which the Functions app serves, must be
/// exactly that; every route serve maps (its endpoint data source) and every HTTP function (<c>functions.metadata</c>)
/// must be an operation of the document with the same method and operation id, and nothing else may be; and what
/// serve answers to a set of requests (status and content type) must be among the answers the document lists.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    /// <summary>serve's one route outside the API: <c>/</c> redirects to the review page, so it is left out of the document.</summary>
    private const string Redirect = "GET /";

    [Fact]
    public async Task The_checked_in_document_is_what_serve_generates_and_what_the_functions_app_serves()
    {
        await using var serve = await StartServeAsync();
        using var http = new HttpClient { BaseAddress = serve.BaseUrl };

        using var answer = await http.GetAsync("/api/openapi.json");
        var generated = await answer.Content.ReadAsStringAsync();
        var functions = await HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/openapi.json"), request => Task.FromResult(new OpenApiDocument().Run(request)));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var checkedIn = await File.ReadAllTextAsync(CheckedInPath);
        if (generated != checkedIn.ReplaceLineEndings("\n"))
        {
            var fresh = Path.Combine(AppContext.BaseDirectory, "openapi.generated.json");
            await File.WriteAllTextAsync(fresh, generated);
            Assert.Fail($"docs/openapi.json is not what serve generates; if the change is meant, copy the generated document over it: cp {fresh} {CheckedInPath}");
        }

        Assert.Equal(200, functions.Status);
        Assert.Equal(ApiDocument.ContentType, functions.ContentType);
        Assert.Equal(checkedIn, functions.Body);
        Assert.Equal("3.1.1", (string?)JObject.Parse(generated)["openapi"]);
    }

    [Fact]
    public async Task Every_route_serve_maps_is_an_operation_of_the_document_and_nothing_else_is()
    {
        await using var serve = await StartServeAsync();
        var routes = ((IEndpointRouteBuilder)serve.App).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new Operation(
                $"{method} /{e.RoutePattern.RawText!.Trim('/').Replace("{*", "{", StringComparison.Ordinal)}",
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)))
            .ToList();

        Assert.Contains(routes, r => r.Route == Redirect);
        Assert.Equal(Operations(CheckedIn()), routes.Where(r => r.Route != Redirect).Order());
    }

    [Fact]
    public void Every_http_function_is_an_operation_of_the_document_and_nothing_else_is()
    {
        var functions = FunctionsMetadataTests.Load().OfType<JObject>()
            .SelectMany(f => f["bindings"]!.OfType<JObject>().Where(b => (string?)b["type"] == "httpTrigger")
                .SelectMany(b => b["methods"]!.Values<string>().Select(method => new Operation(
                    $"{method!.ToUpperInvariant()} /{ApiRoutes.Prefix}/{((string)b["route"]!).Replace("{*", "{", StringComparison.Ordinal)}",
                    (string)f["name"]!))))
            .Order()
            .ToArray();

        Assert.Equal(Operations(CheckedIn()), functions);
    }

    [Fact]
    public void The_json_bodies_have_exactly_the_fields_the_handlers_read()
    {
        var paths = CheckedIn()["paths"]!;

        Assert.Equal(CheckHandler.JsonFields.Order(), BodyFields(paths["/api/check"]!["post"]!));
        Assert.Equal(ArticlesHandler.ReviewFields.Order(), BodyFields(paths["/api/articles/{id}/flags/{flagId}"]!["patch"]!));
    }

    [Fact]
    public async Task What_serve_answers_is_among_the_answers_the_document_lists()
    {
        await using var serve = await StartServeAsync();
        using var http = new HttpClient { BaseAddress = serve.BaseUrl };
        var document = CheckedIn();
        var upload = await http.PostAsync("/api/drafts?name=desk/openapi.md", Text(Drafts.Seed, "text/markdown"));
        var id = (string)JObject.Parse(await upload.Content.ReadAsStringAsync())["id"]!;
        var article = JObject.Parse(await http.GetStringAsync($"/api/articles/{id}"));
        var flag = (JObject)article["flags"]![0]!;
        var answers = new List<(string Operation, HttpResponseMessage Answer)>
        {
            ("POST /api/drafts", upload),
            ("POST /api/drafts", await http.PostAsync("/api/drafts?name=../up.txt", Text("x", "text/plain"))),
            ("POST /api/check", await http.PostAsync("/api/check", Text(Drafts.Seed, "text/plain"))),
            ("POST /api/check", await http.PostAsync("/api/check?format=sarif", Text(Drafts.Seed, "text/html"))),
            ("POST /api/check", await http.PostAsync("/api/check", Text("""{"text": "Plain words.", "format": "md"}""", "application/json"))),
            ("POST /api/check", await http.PostAsync("/api/check", Text("""{"txt": "typo"}""", "application/json"))),
            ("POST /api/check", await http.PostAsync("/api/check", Text("x", "image/png"))),
            ("POST /api/check", await http.PostAsync("/api/check", Text("", "text/plain"))),
            ("GET /api/articles", await http.GetAsync("/api/articles?status=checked&top=5")),
            ("GET /api/articles", await http.GetAsync("/api/articles?top=0")),
            ("GET /api/articles/{id}", await http.GetAsync($"/api/articles/{id}")),
            ("GET /api/articles/{id}", await http.GetAsync("/api/articles/nothing-here")),
            ("PATCH /api/articles/{id}/flags/{flagId}", await PatchAsync(http, $"/api/articles/{id}/flags/{flag["id"]}", (string)flag["etag"]!, """{"status": "dismissed"}""")),
            ("PATCH /api/articles/{id}/flags/{flagId}", await PatchAsync(http, $"/api/articles/{id}/flags/{flag["id"]}", (string)flag["etag"]!, """{"status": "open"}""")),
            ("PATCH /api/articles/{id}/flags/{flagId}", await PatchAsync(http, $"/api/articles/{id}/flags/{flag["id"]}", null, """{"status": "open"}""")),
            ("PATCH /api/articles/{id}/flags/{flagId}", await PatchAsync(http, $"/api/articles/{id}/flags/0123456789abcdef", "*", """{"status": "open"}""")),
            ("GET /api/review/{asset}", await http.GetAsync("/api/review")),
            ("GET /api/review/{asset}", await http.GetAsync("/api/review/app.js")),
            ("GET /api/review/{asset}", await http.GetAsync("/api/review/favicon.svg")),
            ("GET /api/review/{asset}", await http.GetAsync("/api/review/missing.js")),
            ("GET /api/openapi.json", await http.GetAsync("/api/openapi.json")),
        };

        var seen = new List<string>();
        foreach (var (operation, answer) in answers)
        {
            var status = ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mediaType = answer.Content.Headers.ContentType?.MediaType;
            var documented = Responses(document, operation);
            Assert.True(documented.TryGetValue(status, out var types), $"{operation} answered {status}, which the document does not list ({string.Join(", ", documented.Keys)}).");
            Assert.True(mediaType is null ? types.Count == 0 : types.Contains(mediaType), $"{operation} answered {status} as {mediaType ?? "no body"}; the document lists {string.Join(", ", types)}.");
            seen.Add($"{operation} {status}");
        }

        // The request set reaches every kind of answer it was written for: success, refusal, precondition, absence.
        Assert.Contains("POST /api/drafts 201", seen);
        Assert.Contains("PATCH /api/articles/{id}/flags/{flagId} 412", seen);
        Assert.Contains("PATCH /api/articles/{id}/flags/{flagId} 428", seen);
        Assert.Contains("GET /api/articles/{id} 404", seen);
        Assert.Contains("POST /api/check 422", seen);
    }

    [Theory]
    [InlineData("format", "json", "sarif", "text", "line", "rdjson", "html", "junit")]
    [InlineData("failOn", "info", "warning", "error", "none", "fatal", "warn", "all")]
    public async Task A_query_value_is_accepted_exactly_when_the_document_lists_it(string parameter, params string[] candidates)
    {
        await using var serve = await StartServeAsync();
        using var http = new HttpClient { BaseAddress = serve.BaseUrl };
        var listed = ((JArray)QueryParameter(CheckedIn(), "/api/check", "post", parameter)["schema"]!["enum"]!).Values<string>().ToHashSet();

        foreach (var value in candidates)
        {
            using var answer = await http.PostAsync($"/api/check?{parameter}={value}", Text("Plain words.", "text/plain"));
            Assert.True(listed.Contains(value) == (answer.StatusCode == HttpStatusCode.OK), $"{parameter}={value} answered {(int)answer.StatusCode}; the document {(listed.Contains(value) ? "lists" : "does not list")} it.");
        }
    }

    private static string CheckedInPath => Path.Combine(RepositoryRoot(), "docs", "openapi.json");

    private static JObject CheckedIn() => JObject.Parse(File.ReadAllText(CheckedInPath));

    private static Operation[] Operations(JObject document) =>
        ((JObject)document["paths"]!).Properties()
            .SelectMany(path => ((JObject)path.Value).Properties()
                .Where(method => method.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(method => new Operation($"{method.Name.ToUpperInvariant()} {path.Name}", (string?)method.Value["operationId"])))
            .Order()
            .ToArray();

    private static Dictionary<string, IReadOnlyCollection<string>> Responses(JObject document, string operation)
    {
        var (method, path) = (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]);
        var responses = (JObject?)document["paths"]?[path]?[method]?["responses"]
            ?? throw new Xunit.Sdk.XunitException($"The document has no operation {operation}.");
        return responses.Properties().ToDictionary(
            r => r.Name,
            r => (IReadOnlyCollection<string>)(((JObject?)r.Value["content"])?.Properties().Select(c => c.Name).ToArray() ?? []));
    }

    private static JObject QueryParameter(JObject document, string path, string method, string name) =>
        ((JArray)document["paths"]![path]![method]!["parameters"]!).OfType<JObject>().Single(p => (string?)p["in"] == "query" && (string?)p["name"] == name);

    private static IEnumerable<string> BodyFields(JToken operation) =>
        ((JObject)operation["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!).Properties().Select(p => p.Name).Order();

    private static StringContent Text(string body, string contentType) => new(body, Encoding.UTF8, contentType);

    private static Task<HttpResponseMessage> PatchAsync(HttpClient http, string path, string? etag, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = Text(body, "application/json") };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return http.SendAsync(request);
    }

    /// <summary>serve as <c>factcheck serve</c> composes it, on a free loopback port, over this collection's Azurite.</summary>
    private async Task<RunningServe> StartServeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new ServeOptions
        {
            Port = 0,
            Storage = azurite.ConnectionString,
            SweepInterval = TimeSpan.Zero,
            Service = new ServiceOptions { DraftsContainer = $"drafts-{suffix}", ExtractedContainer = $"extracted-{suffix}", ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" },
        };
        var services = CliServices.Default with { GetSetting = _ => null };
        var console = new CliConsole(TextWriter.Null, TextWriter.Null);
        var app = ServeHost.Build(options, ServeHost.BuildProfile(options, services), IPAddress.Loopback, console, services);
        await app.StartAsync();
        return new RunningServe(app, new Uri(app.Urls.Single()));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>An operation as both sides name it: method and path (<c>POST /api/check</c>), and its operation id.</summary>
    private sealed record Operation(string Route, string? Id) : IComparable<Operation>
    {
        public int CompareTo(Operation? other) => string.CompareOrdinal(Route, other?.Route);
    }

    private sealed record RunningServe(WebApplication App, Uri BaseUrl) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
