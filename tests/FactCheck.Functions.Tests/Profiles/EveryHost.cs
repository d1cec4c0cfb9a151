using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FactCheck.Cli;
using FactCheck.Service;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FactCheck.Functions.Tests.Profiles;

/// <summary>One flag as every host reports it, without what only one host has (ids, review status).</summary>
public sealed record HostFlag(string Rule, string Severity, string Message, string? Suggestion)
{
    public override string ToString() => $"{Rule} {Severity}: {Message} [{Suggestion}]";
}

/// <summary>What one host said about the draft: its flags in text order and the recognizer it used.</summary>
public sealed record HostOutcome(IReadOnlyList<HostFlag> Flags, string? Recognizer);

/// <summary>
/// Runs one draft through each host the way users reach it: <c>factcheck check</c> through <see cref="CliApp"/>,
/// <c>POST /api/check</c> on a real <c>factcheck serve</c> (Kestrel, through <see cref="ServeRunner"/>), and the
/// Functions app's <see cref="CheckDraft"/> composed by <see cref="FunctionsComposition"/> over Azurite, each given
/// the settings as a dictionary (never the process environment, which other tests share).
/// </summary>
public sealed class EveryHost(AzuriteFixture azurite, string workDirectory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task<HostOutcome> CheckAsync(string draftPath, IReadOnlyDictionary<string, string?> settings, params string[] flags)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr) { WorkingDirectory = workDirectory };
        var services = CliServices.Default with { GetSetting = name => settings.GetValueOrDefault(name) };
        var code = await CliApp.RunAsync(["check", "--format", "json", "--fail-on", "none", "--no-cache", .. flags, draftPath], console, services).WaitAsync(Patience);
        Assert.True(code == ExitCodes.Clean, $"check exited {code}: {stderr}");
        var file = (JObject)JObject.Parse(stdout.ToString())["files"]![0]!;
        return new HostOutcome(FlagsOf(file), (string?)file["recognizer"]);
    }

    /// <summary>Starts <c>factcheck serve</c> on a free port and posts the draft to <c>/api/check</c>.</summary>
    public async Task<HostOutcome> ServeAsync(string draftPath, IReadOnlyDictionary<string, string?> settings, string? configPath = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)) { WorkingDirectory = workDirectory };
        var services = CliServices.Default with { GetSetting = name => settings.GetValueOrDefault(name) };
        var runner = new ServeRunner(console, services);
        using var stop = new CancellationTokenSource();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new ServeOptions
        {
            Port = 0,
            Storage = azurite.ConnectionString,
            ConfigPath = configPath is null ? null : Path.GetFullPath(configPath, workDirectory),
            Service = new ServiceOptions { DraftsContainer = $"drafts-{suffix}", ExtractedContainer = $"extracted-{suffix}", ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" },
        };
        var serving = runner.RunAsync(options, stop.Token);
        try
        {
            var baseUrl = await runner.Listening.Task.WaitAsync(Patience);
            using var http = new HttpClient { BaseAddress = baseUrl };
            using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(workDirectory, draftPath)));
            body.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
            using var answer = await http.PostAsync($"api/check?failOn=none&name={Uri.EscapeDataString(draftPath)}", body);
            var text = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.IsSuccessStatusCode, $"serve answered {(int)answer.StatusCode}: {text}\n{stderr}");
            var file = (JObject)JObject.Parse(text)["files"]![0]!;
            return new HostOutcome(FlagsOf(file), (string?)file["recognizer"]);
        }
        catch (TaskCanceledException) when (serving.IsCompleted)
        {
            throw new Xunit.Sdk.XunitException($"serve stopped with {await serving}: {stderr}");
        }
        finally
        {
            await stop.CancelAsync();
            await serving.WaitAsync(Patience);
        }
    }

    /// <summary>
    /// The Functions app as Azure composes it (<see cref="FunctionsComposition"/> over app settings with the Azurite
    /// connection string), the draft uploaded to its drafts container and <see cref="CheckDraft"/> run on the blob as the
    /// trigger would; the flags are read back from the Flags table.
    /// </summary>
    public async Task<HostOutcome> FunctionsAsync(string draftPath, IReadOnlyDictionary<string, string?> settings, Func<BlobServiceClient, Task>? prepare = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new ServiceOptions { DraftsContainer = $"drafts-{suffix}", ExtractedContainer = $"extracted-{suffix}", ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" };
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Append(new("DraftsStorage", azurite.ConnectionString)))
            .Build();
        await using var provider = new ServiceCollection().AddLogging().AddFactCheckFunctions(configuration, options).BuildServiceProvider();
        var storage = provider.GetRequiredService<ReviewStorage>();
        await storage.EnsureCreatedAsync();
        if (prepare is not null)
        {
            await prepare(provider.GetRequiredService<BlobServiceClient>());
        }

        var name = Path.GetFileName(draftPath);
        var blob = storage.Drafts.GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(await File.ReadAllBytesAsync(Path.Combine(workDirectory, draftPath))), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/markdown" },
        });
        await ActivatorUtilities.CreateInstance<CheckDraft>(provider).RunAsync(blob, name, CancellationToken.None);
        var id = ArticleKey.Encode(name);
        var article = await storage.GetArticleAsync(id) ?? throw new Xunit.Sdk.XunitException($"CheckDraft wrote no Articles row for {name}.");
        Assert.True(article.Status == nameof(ArticleStatus.Checked), $"CheckDraft ended {article.Status}: {article.Reason ?? article.LastError}");
        var flags = (await storage.GetFlagsAsync(id)).OrderBy(f => f.Offset).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .Select(f => new HostFlag(f.Rule, f.Severity, f.Message, f.Suggestion)).ToArray();
        return new HostOutcome(flags, article.Recognizer);
    }

    private static HostFlag[] FlagsOf(JObject file) =>
        ((JArray)file["flags"]!).Cast<JObject>()
            .OrderBy(f => (int)f["offset"]!).ThenBy(f => (string?)f["rule"], StringComparer.Ordinal)
            .Select(f => new HostFlag((string)f["rule"]!, (string)f["severity"]!, (string)f["message"]!, (string?)f["suggestion"]))
            .ToArray();
}
