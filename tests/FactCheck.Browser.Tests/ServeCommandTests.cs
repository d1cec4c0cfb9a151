using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Cli;

namespace FactCheck.Browser.Tests;

/// <summary>
/// <c>factcheck serve</c> as a user meets it: one line and exit 2 for unreachable storage or a non-loopback address
/// without consent; as a separate process, the printed URL works and SIGINT (Ctrl+C) stops it with exit 0.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeCommandTests
{
    private readonly ServeFixture _serve;

    public ServeCommandTests(ServeFixture serve)
    {
        _serve = serve;
    }

    [Fact]
    public async Task Unreachable_storage_is_one_line_saying_how_to_start_Azurite_and_exit_2()
    {
        var port = ClosedPort();
        var storage = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        var (code, stdout, stderr) = await RunAsync("serve", "--port", "0", "--storage", storage);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"factcheck: cannot reach storage at http://127.0.0.1:{port}/devstoreaccount1", line, StringComparison.Ordinal);
        Assert.Contains("npx azurite --silent --inMemoryPersistence --skipApiVersionCheck", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a2V5", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.0.2.10")]
    public async Task A_non_loopback_host_without_allow_remote_is_refused(string host)
    {
        var (code, stdout, stderr) = await RunAsync("serve", "--host", host, "--storage", _serve.Azurite.ConnectionString);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--allow-remote", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--storage", "not a connection string", "--storage is not a usable connection string")]
    [InlineData("--port", "70000", "--port: must be from 0 to 65535")]
    [InlineData("--host", "example.com", "is not an IP address")]
    [InlineData("--sweep-interval", "5", "--sweep-interval: '5' is not valid")]
    public async Task Bad_options_are_one_line_and_exit_2(string option, string value, string expected)
    {
        var (code, _, stderr) = await RunAsync("serve", option, value);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains(expected, Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_a_process_it_serves_the_printed_url_and_stops_cleanly_on_sigint()
    {
        var factcheck = Path.Combine(AppContext.BaseDirectory, "factcheck.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { factcheck, "serve", "--port", "0", "--storage", _serve.Azurite.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(first);
            Assert.Matches(@"^FactCheck review page: http://127\.0\.0\.1:\d+/api/review$", first);
            var url = first["FactCheck review page: ".Length..];
            using var http = new HttpClient();
            var page = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<title>FactCheck review</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using (var signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            var rest = await process.StandardOutput.ReadToEndAsync();
            Assert.True(process.ExitCode == ExitCodes.Clean, $"exit {process.ExitCode}: {rest} {await stderr}");
            Assert.Contains("factcheck serve stopped.", rest, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await CliApp.RunAsync(args, new CliConsole(stdout, stderr), cancellationToken: timeout.Token);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
