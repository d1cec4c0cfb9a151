using FactCheck.Azure.Configuration;
using FactCheck.Azure.Profiles;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Functions;

/// <summary>
/// What the Functions app registers besides the worker itself: the drafts storage clients and the shared service over
/// the same <see cref="CheckProfile"/> <c>factcheck check</c> and <c>serve</c> build, with the app settings in place of
/// their flags. Separate from <c>Program.cs</c> so tests compose the app exactly as Azure does.
/// </summary>
public static class FunctionsComposition
{
    /// <param name="services">The worker's services.</param>
    /// <param name="configuration">The app settings.</param>
    /// <param name="options">Container and table names; tests keep their own, the app uses the defaults.</param>
    public static IServiceCollection AddFactCheckFunctions(this IServiceCollection services, IConfiguration configuration, ServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (blobs, tables) = DraftsStorageClients.Create(configuration);
        services.AddSingleton(blobs);
        services.AddSingleton(tables);
        var profile = CheckProfileBuilder.Build(new ProfileFlags(), name => configuration[name]);

        // Built now, not on the first draft: an unknown recognizer or a missing endpoint stops the app at startup.
        services.AddSingleton(RecognizerRegistration.Create(profile, blobs));
        options = (options ?? new ServiceOptions()).WithArchiveSetting(configuration[SettingNames.Archive] ?? configuration[DraftsStorageClients.Key(SettingNames.Archive)]);
        return services.AddFactCheckService(options, profile);
    }
}
