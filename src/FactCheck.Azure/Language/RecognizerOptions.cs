using FactCheck.Azure.Configuration;

namespace FactCheck.Azure.Language;

/// <summary>
/// How a host wants entities recognized. The CLI fills it from flags (<c>--recognizer azure --endpoint URL
/// --api-version V --fallback local --no-cache</c>) and the environment; the Functions app from app settings via
/// <see cref="FromSettings"/>. <see cref="RecognizerFactory.Create"/> turns it into a recognizer.
/// </summary>
public sealed record RecognizerOptions
{
    public const string Local = "local";
    public const string Azure = "azure";

    /// <summary><c>local</c> (default) or <c>azure</c>.</summary>
    public string Recognizer { get; init; } = Local;

    /// <summary>The Azure AI Language resource endpoint, e.g. <c>https://NAME.cognitiveservices.azure.com</c>.</summary>
    public Uri? Endpoint { get; init; }

    public string ApiVersion { get; init; } = LanguageClientOptions.LatestGaApiVersion;

    public string ModelVersion { get; init; } = "latest";

    /// <summary>A resource key, for local use only; when null, Entra ID is used.</summary>
    public string? Key { get; init; }

    /// <summary>Client id of a user-assigned managed identity; when null (and no key), DefaultAzureCredential.</summary>
    public string? ClientId { get; init; }

    public bool UseEntityLinking { get; init; }

    /// <summary><c>local</c> to fall back to the local recognizer when Azure is unreachable; null for none.</summary>
    public string? Fallback { get; init; }

    /// <summary>False for <c>--no-cache</c>.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Where the file cache lives; null for <see cref="Core.Entities.Caching.FileRecognitionCache.DefaultDirectory"/>.</summary>
    public string? CacheDirectory { get; init; }

    public int MaxRetries { get; init; } = 3;

    /// <summary>Base delay of the exponential back-off; a <c>Retry-After</c> answer overrides it when longer.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(0.8);

    /// <summary>How long one attempt may wait for an answer.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Reads the settings named in <see cref="SettingNames"/>. <paramref name="getSetting"/> is asked for each
    /// name as written (<c>FactCheck__Language__Endpoint</c>, the environment form) and, when that gives nothing,
    /// with <c>__</c> as <c>:</c> (the configuration form), so both <c>Environment.GetEnvironmentVariable</c> and
    /// an <c>IConfiguration</c> indexer work. The key comes from <see cref="SettingNames.LanguageKeyEnvironmentVariable"/>.
    /// </summary>
    public static RecognizerOptions FromSettings(Func<string, string?> getSetting)
    {
        ArgumentNullException.ThrowIfNull(getSetting);
        string? Read(string name)
        {
            var value = getSetting(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                value = getSetting(name.Replace("__", ":", StringComparison.Ordinal));
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var defaults = new RecognizerOptions();
        var endpoint = Read(SettingNames.LanguageEndpoint);
        if (endpoint is not null && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new RecognizerConfigurationException($"{SettingNames.LanguageEndpoint} '{endpoint}' is not an absolute URL; set it to the resource endpoint, e.g. https://NAME.cognitiveservices.azure.com.");
        }

        return defaults with
        {
            Recognizer = Read(SettingNames.Recognizer)?.ToLowerInvariant() ?? defaults.Recognizer,
            Endpoint = endpoint is null ? null : new Uri(endpoint),
            ApiVersion = Read(SettingNames.LanguageApiVersion) ?? defaults.ApiVersion,
            ClientId = Read(SettingNames.LanguageClientId),
            Key = Read(SettingNames.LanguageKeyEnvironmentVariable),
        };
    }
}
