using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FactCheck.Testing;

/// <summary>
/// An Azurite that persists to a temporary directory (not in memory) and can be stopped and started again on the
/// same ports: an outage of the storage account, after which what was acknowledged before is still there.
/// </summary>
public sealed class RestartableAzurite : IAsyncDisposable
{
    private readonly int[] _ports = AzuriteFixture.FreePorts(3);
    private readonly string _location = Directory.CreateTempSubdirectory("factcheck-azurite-disk-").FullName;
    private Process? _process;

    public string ConnectionString => AzuriteFixture.ConnectionStringFor(_ports);

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RestartableAzurite> StartNewAsync()
    {
        var azurite = new RestartableAzurite();
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        _process = AzuriteFixture.StartProcess(AzuriteFixture.FindAzurite(), _ports, _location, "--location", _location);
        await AzuriteFixture.WaitUntilListeningAsync(_process, _ports);
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

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
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
}
