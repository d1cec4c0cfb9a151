using FactCheck.Azure.Tests.Language;

namespace FactCheck.Cli.Tests;

/// <summary>
/// The app settings <c>factcheck check</c> shares with serve and the Functions app (read through
/// <see cref="CliServices.GetSetting"/>, the environment in real runs), under the flags that override them, and the
/// advice only the CLI can give in its own terms.
/// </summary>
public sealed class SettingsTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly Dictionary<string, string?> _settings = new();

    public SettingsTests()
    {
        _cli.Services = _cli.Services with
        {
            GetSetting = name => _settings.GetValueOrDefault(name),
            ConfigureLanguageClient = options =>
            {
                options.Retry.MaxRetries = 1;
                options.Retry.Delay = TimeSpan.FromMilliseconds(1);
            },
        };
        _cli.Write("story.txt", "Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task FactCheck__Recognizer_azure_is_honoured_without_the_flag_and_the_flag_overrides_it()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        _settings["FactCheck__Recognizer"] = "azure";
        _settings["FactCheck__Language__Endpoint"] = server.Endpoint.ToString();
        _settings["FACTCHECK_LANGUAGE_KEY"] = "test-key";

        var fromSetting = await _cli.RunAsync("check", "story.txt", "--no-cache", "--format", "json", "--fail-on", "none");
        var requests = server.Requests.Count;
        var fromFlag = await _cli.RunAsync("check", "story.txt", "--no-cache", "--format", "json", "--fail-on", "none", "--recognizer", "local");

        Assert.Equal(ExitCodes.Clean, fromSetting.ExitCode);
        Assert.Contains("\"recognizer\": \"azure\"", fromSetting.Out, StringComparison.Ordinal);
        Assert.True(requests > 0);
        Assert.Contains("\"recognizer\": \"local\"", fromFlag.Out, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public async Task An_outage_is_worded_with_the_flag_that_helps()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            server.Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy."));
        }

        _settings["FACTCHECK_LANGUAGE_KEY"] = "test-key";

        var run = await _cli.RunAsync("check", "story.txt", "--no-cache", "--recognizer", "azure", "--endpoint", server.Endpoint.ToString());

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("try again later. Or run with --fallback local.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactCheck__Language__Fallback_local_takes_over_in_an_outage()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            server.Then(FakeAnswer.Error(503, "ServiceUnavailable", "Busy."));
        }

        _settings["FactCheck__Language__Fallback"] = "local";
        _settings["FACTCHECK_LANGUAGE_KEY"] = "test-key";

        var run = await _cli.RunAsync("check", "story.txt", "--no-cache", "--recognizer", "azure", "--endpoint", server.Endpoint.ToString(), "--format", "json", "--fail-on", "none");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Contains("\"recognizer\": \"local (fallback)\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactCheck__MaxDraftBytes_sets_the_limit_and_max_size_overrides_it()
    {
        _cli.Write("big.txt", new string('a', 3000) + " Davutoglu\n");
        _settings["FactCheck__MaxDraftBytes"] = "2048";

        var fromSetting = await _cli.RunAsync("check", "big.txt");
        var fromFlag = await _cli.RunAsync("check", "big.txt", "--max-size", "4KB");

        Assert.Equal(ExitCodes.InputError, fromSetting.ExitCode);
        Assert.Contains("over the 2,048-byte limit; split it or raise --max-size.", fromSetting.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, fromFlag.ExitCode);
    }

    [Theory]
    [InlineData("FactCheck__MaxDraftBytes", "ten", "FactCheck__MaxDraftBytes: 'ten' is not a positive number of bytes")]
    [InlineData("FactCheck__Language__Endpoint", "not a url", "FactCheck__Language__Endpoint: 'not a url' is not an http(s) URL")]
    [InlineData("FactCheck__Recognizer", "cloud", "Unknown recognizer 'cloud'")]
    public async Task A_bad_setting_exits_2_naming_it(string setting, string value, string expected)
    {
        _settings[setting] = value;

        var run = await _cli.RunAsync("check", "story.txt");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith("factcheck: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }
}
