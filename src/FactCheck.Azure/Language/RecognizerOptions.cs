namespace FactCheck.Azure.Language;

/// <summary>
/// How a host wants entities recognized. Every host fills it through <see cref="Profiles.CheckProfileBuilder"/> from flags
/// (<c>--recognizer azure --endpoint URL --api-version V --fallback local --no-cache</c>) and app settings;
/// <see cref="RecognizerFactory.Create"/> turns it into a recognizer.
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
}
