using Azure.Core;

namespace FactCheck.Azure.Language;

/// <summary>
/// Pipeline and service options for <see cref="AzureLanguageEntityRecognizer"/>: the inherited
/// <see cref="ClientOptions.Retry"/> (MaxRetries, Delay, NetworkTimeout), <see cref="ClientOptions.Transport"/> and
/// <see cref="ClientOptions.Diagnostics"/>, plus the api-version and model the requests name.
/// </summary>
public sealed class LanguageClientOptions : ClientOptions
{
    /// <summary>
    /// The newest GA api-version of the Text Analysis REST API confirmed in Microsoft's REST specification
    /// (azure-rest-api-specs: specification/cognitiveservices/data-plane/LanguageAnalyzeText/stable/2026-05-01/
    /// analyzetext.json, info.version "2026-05-01", with EntityRecognition and EntityLinking examples). Many docs
    /// pages still show 2024-11-01; the request and response shapes used here are the same in both.
    /// </summary>
    public const string LatestGaApiVersion = "2026-05-01";

    public LanguageClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromSeconds(0.8);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        Diagnostics.ApplicationId = "factcheck";
    }

    public string ApiVersion { get; set; } = LatestGaApiVersion;

    /// <summary>The prebuilt model version; "latest" unless a run must be pinned.</summary>
    public string ModelVersion { get; set; } = "latest";

    /// <summary>ISO 639-1 language of the drafts.</summary>
    public string DocumentLanguage { get; set; } = "en";

    /// <summary>
    /// Also run EntityLinking (a second billed call per batch) and put each linked id on the person entities it
    /// covers (<see cref="FactCheck.Core.Entities.Entity.LinkedEntityId"/>).
    /// </summary>
    public bool UseEntityLinking { get; set; }
}
