using FactCheck.Cli;
using FactCheck.Testing;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// What every test in the <see cref="ServeCollection"/> shares: a test-started Azurite, <c>factcheck serve</c> running
/// in-process on a free loopback port (the real command, through <see cref="CliApp"/>), and one headless Chromium.
/// </summary>
public sealed class ServeFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private Task<int>? _serve;
    private IPlaywright? _playwright;

    public AzuriteFixture Azurite { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri ReviewPage => new(BaseUrl, "api/review");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>What serve printed on standard error so far (its log).</summary>
    public string ServeLog => _stderr.ToString();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run apt-get install -y chromium.");
        }

        await Azurite.InitializeAsync();
        var console = new CliConsole(TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr));
        _serve = Task.Run(() => CliApp.RunAsync(["serve", "--port", "0", "--storage", Azurite.ConnectionString], console, cancellationToken: _stop.Token));
        BaseUrl = await WaitForUrlAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _stop.CancelAsync();
        if (_serve is not null)
        {
            await _serve.WaitAsync(TimeSpan.FromSeconds(15));
        }

        await Azurite.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _stop.Dispose();
        _stdout.Dispose();
        _stderr.Dispose();
    }

    /// <summary>A fresh browser context (own storage, own session) with the viewport the screenshots use.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "en-GB", TimezoneId = "UTC" });

    /// <summary>serve prints "FactCheck review page: http://127.0.0.1:PORT/api/review" once it listens.</summary>
    private async Task<Uri> WaitForUrlAsync()
    {
        const string marker = "FactCheck review page: ";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_serve!.IsCompleted)
            {
                throw new InvalidOperationException($"factcheck serve exited with {await _serve} before listening: {_stderr}");
            }

            var line = _stdout.ToString().Split('\n').FirstOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal));
            if (line is not null)
            {
                var url = new Uri(line[marker.Length..].Trim());
                return new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"factcheck serve did not print its URL within 60 s: {_stdout} {_stderr}");
    }
}
