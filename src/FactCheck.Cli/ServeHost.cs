using System.Net;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Azure.Configuration;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Entities;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using FactCheck.Service.Http;
using FactCheck.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Cli;

/// <summary>
/// Composes <c>factcheck serve</c>: Kestrel on one address, the shared service (<c>AddFactCheckService</c>)
/// with uploads checked inline and the drafts container swept for unchecked drafts (<c>AddDraftSweep</c>), the API and
/// review page (<c>MapFactCheckApi</c>), and
/// the guards a keyless local server needs: loopback host names only (against DNS rebinding), no cross-origin changes,
/// the page's security headers on every response.
/// </summary>
public static class ServeHost
{
    /// <summary>Names a browser may use for a loopback server; any other Host header is a rebinding attempt.</summary>
    private static readonly string[] LoopbackHostNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>How serve words a failure no handler dealt with, for the person running it.</summary>
    public static readonly FailureWording Wording = new(
        "Storage or Azure AI Language is unavailable (is Azurite still running?); try again shortly, or restart serve with FactCheck__Language__Fallback=local.",
        "The error is printed by factcheck serve.");

    /// <summary>The address to bind, or null with a one-line reason.</summary>
    public static (IPAddress? Address, string? Problem) ResolveAddress(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = options.Host.Trim();
        IPAddress? address = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (address is null)
        {
            return (null, $"--host '{host}' is not an IP address; use 127.0.0.1 (the default), or an address of this machine with --allow-remote.");
        }

        if (!IPAddress.IsLoopback(address) && !options.AllowRemote)
        {
            return (null, $"--host {host} is not a loopback address and serve has no login; add --allow-remote if everyone who can reach it may read and review the drafts.");
        }

        return (address, null);
    }

    public static (BlobServiceClient Blobs, TableServiceClient Tables) CreateClients(string connectionString, bool probe = false)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        // The startup probe gives up fast so an absent Azurite is reported in seconds, not after the SDK's long retries.
        ConfigureRetry(blobOptions.Retry, probe);
        ConfigureRetry(tableOptions.Retry, probe);
        return (new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions));
    }

    /// <summary>The profile every host builds, from serve's flags (<c>--config</c>, <c>--max-size</c>) over the settings.</summary>
    public static CheckProfile BuildProfile(ServeOptions options, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var flags = new ProfileFlags { ConfigPath = options.ConfigPath, MaxBytes = options.MaxBytes };
        return CheckProfileBuilder.Build(flags, services.GetSetting, CheckComposition.LoadConfig) with { CreateRules = services.CreateRules };
    }

    public static WebApplication Build(ServeOptions options, CheckProfile profile, IPAddress address, CliConsole console, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(services);
        var service = options.Service.WithArchiveSetting(services.GetSetting(SettingNames.Archive) ?? services.GetSetting(SettingNames.Archive.Replace("__", ":", StringComparison.Ordinal))) with
        {
            ProcessUploadsInline = true,
            MaxDraftBytes = profile.MaxDraftBytes,
            RaiseDraftLimit = "restart factcheck serve with a larger --max-size",
            SweepInterval = options.SweepInterval,
        };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CliLoggerProvider(console.Error));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, options.Port);
            // The handlers enforce the draft limit with a clear 413; this only stops a client streaming far beyond it.
            kestrel.Limits.MaxRequestBodySize = profile.MaxDraftBytes + 1024 * 1024;
        });
        builder.Services.AddHostFiltering(filtering =>
        {
            filtering.AllowedHosts = IPAddress.IsLoopback(address) ? LoopbackHostNames : ["*"];
            filtering.IncludeFailureMessage = false;
        });

        var (blobs, tables) = CreateClients(options.Storage);
        builder.Services.AddSingleton(blobs);
        builder.Services.AddSingleton(tables);
        var recognizer = RecognizerRegistration.Create(profile, blobs, services.ConfigureLanguageClient);
        builder.Services.AddSingleton(recognizer);
        builder.Services.AddFactCheckService(service, profile);
        builder.Services.AddFactCheckApiDocument();
        if (service.SweepInterval > TimeSpan.Zero)
        {
            // Drafts stored while storage or Language failed mid-upload (answered 202 "pending") are checked by this.
            builder.Services.AddDraftSweep();
        }

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.UseMiddleware<SameOriginGuard>();
        app.UseMiddleware<FailureProblemsMiddleware>(Wording);
        // A convenience outside the API, so not in its OpenAPI document (which the Functions app serves too).
        app.MapGet("/", () => Results.Redirect(ApiRoutes.ReviewPage)).ExcludeFromDescription();
        app.MapFactCheckApi();
        return app;
    }

    /// <summary>Creates the containers and tables, failing fast when storage cannot be reached.</summary>
    public static async Task VerifyStorageAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (blobs, tables) = CreateClients(options.Storage, probe: true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await new ReviewStorage(blobs, tables, options.Service).EnsureCreatedAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>The blob endpoint of a connection string, for messages (never the key).</summary>
    public static string StorageEndpoint(string connectionString)
    {
        try
        {
            return new BlobServiceClient(connectionString).Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return "(unreadable connection string)";
        }
    }

    private static void ConfigureRetry(RetryOptions retry, bool probe)
    {
        retry.MaxRetries = probe ? 1 : 3;
        retry.Delay = TimeSpan.FromMilliseconds(probe ? 200 : 500);
        retry.MaxDelay = TimeSpan.FromSeconds(5);
        retry.NetworkTimeout = TimeSpan.FromSeconds(probe ? 5 : 30);
    }
}
