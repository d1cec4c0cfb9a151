using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Archive;
using FactCheck.Core.Checking;
using FactCheck.Core.Entities;
using FactCheck.Service.Archive;
using FactCheck.Service.Http;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Hosting;

/// <summary>Registers what both service hosts share. The host supplies a <see cref="BlobServiceClient"/> and a
/// <see cref="TableServiceClient"/>; the check (recognizer, rules, house settings, draft limit) comes from the
/// <see cref="CheckProfile"/>, unless a test registers its own <see cref="IEntityRecognizer"/> first.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddFactCheckService(this IServiceCollection services, ServiceOptions options, CheckProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        profile ??= new CheckProfile { MaxDraftBytes = options.MaxDraftBytes };
        options = options with { MaxDraftBytes = profile.MaxDraftBytes };
        services.AddSingleton(options);
        services.AddSingleton(profile);
        services.TryAddSingleton(sp => RecognizerRegistration.Create(profile, sp.GetService<BlobServiceClient>()));
        services.AddSingleton<IHouseSettings>(sp => profile.HouseBlob is { } houseBlob
            ? new BlobHouseSettings(sp.GetRequiredService<BlobServiceClient>(), houseBlob, sp.GetRequiredService<ILogger<BlobHouseSettings>>())
            : new FixedHouseSettings(profile.House));
        services.AddSingleton(sp => new ReviewStorage(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<TableServiceClient>(), options));
        if (options.ArchiveEnabled)
        {
            services.TryAddSingleton<IPeopleArchive>(sp => new TablePeopleArchive(sp.GetRequiredService<TableServiceClient>().GetTableClient(options.PeopleTable)));
        }

        services.AddSingleton(sp => new DocumentChecker(sp.GetRequiredService<IEntityRecognizer>(), profile.CreateEngine(), sp.GetService<IPeopleArchive>()));
        services.AddSingleton<DraftProcessor>();
        services.AddSingleton<DraftSweeper>();
        services.AddSingleton<CheckHandler>();
        services.AddSingleton<DraftsHandler>();
        services.AddSingleton<ArticlesHandler>();
        services.AddSingleton<ReviewPageHandler>();
        services.AddSingleton<PeopleHandler>();
        return services;
    }

    /// <summary>
    /// Sweeps the drafts container at startup and every <see cref="ServiceOptions.SweepInterval"/>, for a host with no
    /// timer trigger of its own (<c>factcheck serve</c>); call after <see cref="AddFactCheckService"/>.
    /// </summary>
    public static IServiceCollection AddDraftSweep(this IServiceCollection services) => services.AddHostedService<DraftSweepService>();
}
