using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FactCheck.Functions.Tests.Infrastructure;

namespace FactCheck.Functions.Tests.Faults;

/// <summary>
/// An Azurite that persists to a temporary directory (not in memory) and can be stopped and started again on the
/// same ports: an outage of the storage account, after which what was acknowledged before is still there.
/// </summary>
public sealed class RestartableAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly int[] _ports = AzuriteFixture.FreePorts(3);
    private readonly string _location = Directory.CreateTempSubdirectory("factcheck-azurite-disk-").FullName;
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RestartableAzurite> StartNewAsync()
    {
        var azurite = new RestartableAzurite();
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(AzuriteFixture.FindAzurite())
        {
            UseShellExecute = false,
            WorkingDirectory = _location,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--blobHost", "127.0.0.1", "--blobPort", _ports[0].ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", _ports[1].ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", _ports[2].ToString(),
                     "--location", _location, "--skipApiVersionCheck", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        foreach (var port in _ports)
        {
            await WaitForPortAsync(port);
        }
    }

    /// <summary>
    /// Stops Azurite the way a service goes away: new connections are refused, then open ones drop. SIGINT first, so
    /// it stops accepting and persists what it acknowledged (a real account keeps every acknowledged write); the
    /// clients' keep-alive connections hold its shutdown open, so after 7 s (longer than its 5 s autosave interval)
    /// it is killed. This wait is most of the outage test's time.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(7));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on port {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
