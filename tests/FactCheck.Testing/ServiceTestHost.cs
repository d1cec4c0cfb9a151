using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using FactCheck.Service.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Testing;

/// <summary>
/// The service's routes mapped onto a plain ASP.NET Core app in the test host (what <c>factcheck serve</c> does: its
/// failure middleware, its routes), over Azurite with containers and tables of its own (the archive's People table
/// too, so one test's records never reach another's checks), uploads processed inline, the local recognizer unless
/// given another, the default rules unless a <see cref="CheckProfile"/> names others.
/// </summary>
public static class ServiceTestHost
{
    /// <summary>The wording <c>factcheck serve</c> uses (the Cli project is not referenced here).</summary>
    public static readonly FailureWording Wording = new("Storage or Azure AI Language is unavailable; try again shortly.", "The error is printed by the test host.");

    public static Task<WebApplication> StartAsync(AzuriteFixture azurite, Func<ServiceOptions, ServiceOptions>? configure = null, IEntityRecognizer? recognizer = null, CheckProfile? profile = null) =>
        StartAsync(azurite.ConnectionString, configure, recognizer: recognizer, profile: profile);

    /// <summary>
    /// Over any storage account, with the storage clients' own options; with <paramref name="sweep"/> the drafts sweep
    /// runs as serve runs it (at startup, then every <see cref="ServiceOptions.SweepInterval"/>).
    /// </summary>
    public static async Task<WebApplication> StartAsync(
        string connectionString,
        Func<ServiceOptions, ServiceOptions>? configure,
        bool sweep = false,
        BlobClientOptions? blobOptions = null,
        TableClientOptions? tableOptions = null,
        ILoggerProvider? logs = null,
        IEntityRecognizer? recognizer = null,
        CheckProfile? profile = null)
    {
        var options = IsolatedStorage.Options() with { ProcessUploadsInline = true };
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        if (logs is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddSingleton(new BlobServiceClient(connectionString, blobOptions));
        builder.Services.AddSingleton(new TableServiceClient(connectionString, tableOptions));
        builder.Services.AddSingleton<IEntityRecognizer>(recognizer ?? new LocalEntityRecognizer());
        builder.Services.AddFactCheckService(configure?.Invoke(options) ?? options, profile);
        builder.Services.AddFactCheckApiDocument();
        if (sweep)
        {
            builder.Services.AddDraftSweep();
        }

        var app = builder.Build();
        app.UseMiddleware<FailureProblemsMiddleware>(Wording);
        app.MapFactCheckApi();
        await app.StartAsync();
        return app;
    }
}
