using System.Net;
using System.Net.Http.Headers;
using FactCheck.Cli;
using FactCheck.Core.Reports;
using FactCheck.Service;
using FactCheck.Testing;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests.Profiles;

/// <summary>
/// Every report format name through both hosts that take one: <c>factcheck check --format NAME</c> and
/// <c>POST /api/check?format=NAME</c> on a real <c>factcheck serve</c> give the same bytes (the JSON answer adds only
/// <c>passed</c> and <c>failOn</c>), with the media type <see cref="ReportFormat"/> names.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportFormatEveryHostTests : IDisposable
{
    private const string Draft = """
        Ministers agree on border crossings

        Ukrainian Foreign Minister Oleksiy Kovalenko spoke in Warsaw on Thursday.

        Kravchenko told reporters that Ukraine wanted a "permanent arrangement".
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly AzuriteFixture _azurite;
    private readonly string _directory = Directory.CreateTempSubdirectory("factcheck-formats-").FullName;
    private readonly CliServices _services = CliServices.Default with { GetSetting = _ => null };

    public ReportFormatEveryHostTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        File.WriteAllText(Path.Combine(_directory, "draft.txt"), Draft);
    }

    [Fact]
    public async Task Every_format_name_gives_the_same_report_from_check_and_from_serve()
    {
        await using var serve = await ServeAsync();
        foreach (var format in ReportFormat.All)
        {
            var fromCli = await CheckAsync(format.Name);
            using var answer = await serve.PostAsync($"api/check?failOn=none&name=draft.txt&format={format.Name}", Draft);
            var fromServe = await answer.Content.ReadAsStringAsync();

            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{format}: {(int)answer.StatusCode} {fromServe}");
            Assert.Equal(format.ContentType, answer.Content.Headers.ContentType?.ToString());
            Assert.Contains("Kravchenko", fromCli, StringComparison.Ordinal);
            if (format == ReportFormat.Json)
            {
                var json = JObject.Parse(fromServe);
                Assert.True((bool)json["passed"]!);
                json.Remove("passed");
                json.Remove("failOn");
                Assert.True(JToken.DeepEquals(JObject.Parse(fromCli), json), $"json differs:\n{fromCli}\n{json}");
            }
            else
            {
                Assert.Equal(fromCli, fromServe);
            }
        }
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("lines")]
    public async Task Serve_answers_an_unknown_format_with_400_naming_every_accepted_one(string name)
    {
        await using var serve = await ServeAsync();

        using var answer = await serve.PostAsync($"api/check?format={name}", Draft);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = JObject.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal($"format '{name}' is not one of text, json, sarif, line or rdjson.", (string?)problem["detail"]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<string> CheckAsync(string format)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr) { WorkingDirectory = _directory };
        var code = await CliApp.RunAsync(["check", "--format", format, "--fail-on", "none", "draft.txt"], console, _services).WaitAsync(Patience);
        Assert.True(code == ExitCodes.Clean, $"check --format {format} exited {code}: {stderr}");
        return stdout.ToString();
    }

    private async Task<RunningServe> ServeAsync()
    {
        var stderr = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(stderr)) { WorkingDirectory = _directory };
        var runner = new ServeRunner(console, _services);
        var stop = new CancellationTokenSource();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var serving = runner.RunAsync(new ServeOptions
        {
            Port = 0,
            Storage = _azurite.ConnectionString,
            Service = new ServiceOptions { DraftsContainer = $"drafts-{suffix}", ExtractedContainer = $"extracted-{suffix}", ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" },
        }, stop.Token);
        var baseUrl = await runner.Listening.Task.WaitAsync(Patience);
        return new RunningServe(new HttpClient { BaseAddress = baseUrl }, stop, serving);
    }

    private sealed record RunningServe(HttpClient Http, CancellationTokenSource Stop, Task<int> Serving) : IAsyncDisposable
    {
        public async Task<HttpResponseMessage> PostAsync(string pathAndQuery, string body)
        {
            using var content = new StringContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            return await Http.PostAsync(pathAndQuery, content);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Stop.CancelAsync();
            await Serving.WaitAsync(Patience);
            Stop.Dispose();
        }
    }
}
