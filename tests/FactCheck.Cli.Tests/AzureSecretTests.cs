using FactCheck.Azure.Configuration;
using FactCheck.Azure.Tests.Language;

namespace FactCheck.Cli.Tests;

/// <summary>
/// <c>factcheck check --recognizer azure</c> against a Language endpoint that echoes the request headers into what
/// it answers: the key from <c>FACTCHECK_LANGUAGE_KEY</c> reaches neither stderr nor the JSON report, and the
/// message still says what went wrong.
/// </summary>
public sealed class AzureSecretTests : IDisposable
{
    // '+' and '/' so the key also comes back JSON-escaped (\u002B), not only as typed.
    private const string Key = "sentinel+Key/5b1e7c0d9a4f2e86";
    private const string KeyFragment = "5b1e7c0d9a4f2e86";

    private readonly CliHarness _cli = new();

    public AzureSecretTests()
    {
        var settings = new Dictionary<string, string?> { [SettingNames.LanguageKeyEnvironmentVariable] = Key };
        _cli.Services = CliServices.Default with { GetSetting = settings.GetValueOrDefault };
        _cli.Write("story.txt", "Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.\n");
    }

    [Fact]
    public async Task A_400_that_echoes_the_request_headers_exits_2_without_the_key_and_says_what_went_wrong()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Then(FakeAnswer.EchoingHeaders(400, "InvalidRequest"));

        var run = await _cli.RunAsync("check", "story.txt", "--recognizer", "azure", "--endpoint", server.Endpoint.ToString(), "--no-cache", "--format", "json");

        Assert.Equal(Key, Assert.Single(server.Requests).Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: story.txt: Azure AI Language: Azure AI Language at ", line, StringComparison.Ordinal);
        Assert.Contains("rejected the request as invalid (HTTP 400, InvalidHeaders: Request headers were ", line, StringComparison.Ordinal);
        Assert.Contains("[redacted]", line, StringComparison.Ordinal);
        Assert.Contains("\"error\":", run.Out, StringComparison.Ordinal);
        AssertNoKey(run);
    }

    [Fact]
    public async Task Per_document_warnings_that_echo_the_key_reach_the_json_report_redacted()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(new KnownName("Mevlut Cavusoglu", "Person", Type: "Person"))
            .WarnWhen(_ => true, "LongWordsInDocument", $"Long words seen; request had Ocp-Apim-Subscription-Key={Key} and key {Key}.");

        var run = await _cli.RunAsync("check", "story.txt", "--recognizer", "azure", "--endpoint", server.Endpoint.ToString(), "--no-cache", "--format", "json");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("LongWordsInDocument", run.Out, StringComparison.Ordinal);
        Assert.Contains("Long words seen; request had Ocp-Apim-Subscription-Key=[redacted] and key [redacted].", run.Out, StringComparison.Ordinal);
        AssertNoKey(run);
    }

    public void Dispose() => _cli.Dispose();

    private static void AssertNoKey(CliRun run)
    {
        foreach (var (stream, text) in new[] { ("stdout", run.Out), ("stderr", run.Error) })
        {
            Assert.False(text.Contains(KeyFragment, StringComparison.OrdinalIgnoreCase), $"The key appeared on {stream}: {text}");
        }
    }
}
