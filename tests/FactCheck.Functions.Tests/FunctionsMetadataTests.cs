using System.Reflection;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests;

/// <summary>
/// Pins what the Functions host reads from the built <c>functions.metadata</c>: a change to a trigger, path, source,
/// connection, route, method or auth level must be deliberate.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JArray> Metadata = new(Load);

    [Fact]
    public void CheckDraft_is_an_event_grid_blob_trigger_on_drafts_with_the_drafts_storage_connection()
    {
        var trigger = Trigger("CheckDraft");

        Assert.Equal("blobTrigger", (string?)trigger["type"]);
        Assert.Equal("drafts/{name}", (string?)trigger["path"]);
        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.Equal("DraftsStorage", (string?)trigger["connection"]);
        Assert.Equal("In", (string?)trigger["direction"]);
    }

    [Fact]
    public void SweepDrafts_is_a_timer_on_the_schedule_the_sweep_setting_names()
    {
        var trigger = Trigger("SweepDrafts");

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%FactCheck__SweepSchedule%", (string?)trigger["schedule"]);
        Assert.Equal("In", (string?)trigger["direction"]);
        // Run-on-startup would sweep on every scale-out and restart; the schedule alone decides.
        Assert.Null(trigger["runOnStartup"]);
    }

    [Theory]
    [InlineData("CheckText", "post", "check")]
    [InlineData("UploadDraft", "post", "drafts")]
    [InlineData("ListArticles", "get", "articles")]
    [InlineData("GetArticle", "get", "articles/{id}")]
    [InlineData("ReviewFlag", "patch", "articles/{id}/flags/{flagId}")]
    [InlineData("GetPeople", "get", "people")]
    [InlineData("OpenApiDocument", "get", "openapi.json")]
    public void Http_functions_have_their_route_method_and_function_auth_level(string function, string method, string route)
    {
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal(new[] { method }, trigger["methods"]!.Values<string>().Select(m => m!).ToArray());
        Assert.Equal("Function", (string?)trigger["authLevel"]);
    }

    [Fact]
    public void ReviewPage_is_the_one_anonymous_function_and_only_serves_get()
    {
        var trigger = Trigger("ReviewPage");

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal("review/{*asset}", (string?)trigger["route"]);
        Assert.Equal("get", Assert.Single(trigger["methods"]!.Values<string>()));
        // Static embedded files only; the page sends the function key on its API calls, which stay at Function level.
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        var anonymous = Metadata.Value.OfType<JObject>()
            .SelectMany(f => f["bindings"]!.OfType<JObject>().Select(b => (Function: (string)f["name"]!, Binding: b)))
            .Where(x => (string?)x.Binding["type"] == "httpTrigger" && (string?)x.Binding["authLevel"] != "Function")
            .Select(x => x.Function);
        Assert.Equal(["ReviewPage"], anonymous);
    }

    [Fact]
    public void The_app_has_exactly_the_pinned_functions()
    {
        var names = Metadata.Value.Select(f => (string)f["name"]!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["CheckDraft", "CheckText", "GetArticle", "GetPeople", "ListArticles", "OpenApiDocument", "ReviewFlag", "ReviewPage", "SweepDrafts", "UploadDraft"], names);
    }

    [Fact]
    public void Host_json_ships_with_the_app()
    {
        Assert.True(File.Exists(Path.Combine(OutputDirectory(), "host.json")), "host.json is not in the Functions build output.");
    }

    private static JObject Trigger(string function)
    {
        var entry = Metadata.Value.OfType<JObject>().SingleOrDefault(f => (string?)f["name"] == function)
            ?? throw new Xunit.Sdk.XunitException($"functions.metadata has no function '{function}'.");
        return entry["bindings"]!.OfType<JObject>().Single(b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true);
    }

    internal static JArray Load()
    {
        var path = Path.Combine(OutputDirectory(), "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing; build src/FactCheck.Functions.");
        return JArray.Parse(File.ReadAllText(path));
    }

    /// <summary>The Functions project's own build output, built first because this project references it.</summary>
    private static string OutputDirectory()
    {
        var configuration = typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FactCheck.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        return Path.Combine(root.FullName, "src", "FactCheck.Functions", "bin", configuration, "net10.0");
    }
}
