using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Core.Checking;
using FactCheck.Core.Entities;
using FactCheck.Service.Http;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Service.Hosting;

/// <summary>Registers what both hosts share. The host supplies a <see cref="BlobServiceClient"/>, a
/// <see cref="TableServiceClient"/> and an <see cref="IEntityRecognizer"/>.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddFactCheckService(this IServiceCollection services, ServiceOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(sp => new ReviewStorage(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<TableServiceClient>(), options));
        services.AddSingleton(sp => new DocumentChecker(sp.GetRequiredService<IEntityRecognizer>()));
        services.AddSingleton<DraftProcessor>();
        services.AddSingleton<DraftSweeper>();
        services.AddSingleton<CheckHandler>();
        services.AddSingleton<DraftsHandler>();
        services.AddSingleton<ArticlesHandler>();
        services.AddSingleton<ReviewPageHandler>();
        return services;
    }

    /// <summary>
    /// Sweeps the drafts container at startup and every <see cref="ServiceOptions.SweepInterval"/>, for a host with no
    /// timer trigger of its own (<c>factcheck serve</c>); call after <see cref="AddFactCheckService"/>.
    /// </summary>
    public static IServiceCollection AddDraftSweep(this IServiceCollection services) => services.AddHostedService<DraftSweepService>();
}
