using FactCheck.Azure.Configuration;
using FactCheck.Core.Entities;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Picks the entity recognizer from <c>FactCheck__Recognizer</c>: <c>local</c> (default) or <c>azure</c>. The one place
/// hosts get their recognizer from.
/// </summary>
public static class RecognizerRegistration
{
    public static IEntityRecognizer Create(IConfiguration configuration, IServiceProvider services)
    {
        var name = configuration[DraftsStorageClients.Key(SettingNames.Recognizer)]?.Trim().ToLowerInvariant();
        return name switch
        {
            null or "" or "local" => new LocalEntityRecognizer(),
            "azure" => CreateAzure(configuration, services),
            _ => throw new InvalidOperationException($"{SettingNames.Recognizer} is '{name}'; use 'local' or 'azure'."),
        };
    }

    // SEAM (merge): build the Azure AI Language recognizer from FactCheck.Azure here (endpoint from
    // FactCheck__Language__Endpoint, identity from FactCheck__Language__ClientId).
    private static IEntityRecognizer CreateAzure(IConfiguration configuration, IServiceProvider services) =>
        throw new InvalidOperationException(
            $"{SettingNames.Recognizer}=azure needs the Azure AI Language recognizer, which this build does not include yet; use 'local'.");
}
