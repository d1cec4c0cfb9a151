using System.Net;
using FactCheck.Azure.Language;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Configuration;
using FactCheck.Service.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Cli;

/// <summary>
/// Runs <c>factcheck serve</c>: checks the address and the storage first (one line and exit 2 when either is wrong),
/// then listens, prints the review page's URL, and stops cleanly (exit 0) on Ctrl+C.
/// </summary>
public sealed class ServeRunner
{
    /// <summary>How to get the storage serve defaults to; printed when it cannot be reached.</summary>
    public const string AzuriteHint =
        "start Azurite from the repository root (npm ci, then npx azurite --silent --inMemoryPersistence --skipApiVersionCheck) or pass --storage";

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public ServeRunner(CliConsole console, CliServices? services = null)
    {
        _console = console;
        _services = services ?? CliServices.Default;
    }

    /// <summary>Set once the server listens: the base URL (e.g. <c>http://127.0.0.1:7071</c>). For in-process hosts and tests.</summary>
    public TaskCompletionSource<Uri> Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<int> RunAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return await RunCoreAsync(options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Listening.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task<int> RunCoreAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        var (address, problem) = ServeHost.ResolveAddress(options);
        if (address is null)
        {
            return await FailAsync(problem!).ConfigureAwait(false);
        }

        try
        {
            _ = ServeHost.CreateClients(options.Storage);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return await FailAsync($"--storage is not a usable connection string ({FirstLine(e)}); {AzuriteHint}.").ConfigureAwait(false);
        }

        WebApplication app;
        try
        {
            // Before storage and Kestrel: a wrong setting is the operator's to fix and must not wait for the first draft.
            app = ServeHost.Build(options, ServeHost.BuildProfile(options, _services), address, _console, _services);
        }
        catch (Exception e) when (e is ConfigurationException or RecognizerConfigurationException or CheckProfileException)
        {
            return await FailAsync(FirstLine(e)).ConfigureAwait(false);
        }

        await using var disposeApp = app;
        var endpoint = ServeHost.StorageEndpoint(options.Storage);
        try
        {
            await ServeHost.VerifyStorageAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var reason = e is OperationCanceledException ? "no answer within 20 seconds" : FirstLine(e);
            return await FailAsync($"cannot reach storage at {endpoint} ({reason}); {AzuriteHint}.").ConfigureAwait(false);
        }

        if (!IPAddress.IsLoopback(address))
        {
            await _console.Error.WriteLineAsync(
                $"factcheck: warning: listening on {address}, not loopback: anyone who can reach this address can read, upload and review drafts without logging in.").ConfigureAwait(false);
        }

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return await FailAsync($"cannot listen on {FormatAddress(address)}:{options.Port} ({FirstLine(e)}); choose another --port.").ConfigureAwait(false);
        }

        var baseUrl = BaseUrl(app.Services, address);
        await _console.Out.WriteLineAsync($"FactCheck review page: {baseUrl}{ApiRoutes.ReviewPage.TrimStart('/')}").ConfigureAwait(false);
        await _console.Out.WriteLineAsync($"API: {baseUrl}{ApiRoutes.Prefix}   storage: {endpoint}   Press Ctrl+C to stop.").ConfigureAwait(false);
        await _console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        Listening.TrySetResult(baseUrl);

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        await _console.Out.WriteLineAsync("factcheck serve stopped.").ConfigureAwait(false);
        return ExitCodes.Clean;
    }

    private static Uri BaseUrl(IServiceProvider services, IPAddress address)
    {
        var bound = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        var port = new Uri(bound).Port;
        var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : FormatAddress(address);
        return new Uri($"http://{host}:{port}/");
    }

    private static string FormatAddress(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private static string FirstLine(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : e;
        return inner.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? inner.GetType().Name;
    }

    private async Task<int> FailAsync(string message)
    {
        await _console.Error.WriteLineAsync($"factcheck: {message}").ConfigureAwait(false);
        return ExitCodes.InputError;
    }
}
