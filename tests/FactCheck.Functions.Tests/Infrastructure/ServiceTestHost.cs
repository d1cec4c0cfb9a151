using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Core.Entities;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using FactCheck.Service.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Functions.Tests.Infrastructure;

/// <summary>
/// The service's routes mapped onto a plain ASP.NET Core app in the test host (what <c>factcheck serve</c> does: its
/// failure middleware, its routes), over Azurite with containers and tables of its own, uploads processed inline, the
/// local recognizer unless given another.
/// </summary>
internal static class ServiceTestHost
{
    /// <summary>The wording <c>factcheck serve</c> uses (the Cli project is not referenced here).</summary>
    public static readonly FailureWording Wording = new("Storage or Azure AI Language is unavailable; try again shortly.", "The error is printed by the test host.");

    public static async Task<WebApplication> StartAsync(AzuriteFixture azurite, Func<ServiceOptions, ServiceOptions>? configure = null, IEntityRecognizer? recognizer = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new ServiceOptions
        {
            DraftsContainer = $"drafts-{suffix}",
            ExtractedContainer = $"extracted-{suffix}",
            ArticlesTable = $"Articles{suffix}",
            FlagsTable = $"Flags{suffix}",
            ProcessUploadsInline = true,
        };
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(new BlobServiceClient(azurite.ConnectionString));
        builder.Services.AddSingleton(new TableServiceClient(azurite.ConnectionString));
        builder.Services.AddSingleton<IEntityRecognizer>(recognizer ?? new LocalEntityRecognizer());
        builder.Services.AddFactCheckService(configure?.Invoke(options) ?? options);
        var app = builder.Build();
        app.UseMiddleware<FailureProblemsMiddleware>(Wording);
        app.MapFactCheckApi();
        await app.StartAsync();
        return app;
    }
}
