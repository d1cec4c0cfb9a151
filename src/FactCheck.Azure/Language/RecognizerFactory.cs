using Azure;
using Azure.Core;
using Azure.Identity;
using FactCheck.Azure.Configuration;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Azure.Language;

/// <summary>
/// Composes the recognizer a host asked for: local, or Azure AI Language wrapped as
/// <c>Fallback(Supplementing(Caching(Azure), Local), Local)</c> — the cache sits inside the fallback so a fallback
/// answer is never stored as if Azure had given it, and the local nationality/title spans are added outside it.
/// </summary>
public static class RecognizerFactory
{
    /// <param name="options">What to build.</param>
    /// <param name="credential">Entra ID credential when no key is set; null picks ManagedIdentityCredential
    /// (with <see cref="RecognizerOptions.ClientId"/>) or DefaultAzureCredential.</param>
    /// <param name="cache">The cache to use (the Functions app passes a <c>BlobRecognitionCache</c>); null uses a
    /// <see cref="FileRecognitionCache"/> unless <see cref="RecognizerOptions.UseCache"/> is false.</param>
    /// <param name="configure">Last say on the pipeline options (transport, diagnostics), for hosts and tests.</param>
    /// <exception cref="RecognizerConfigurationException">The options name an unknown recognizer or fallback, or
    /// azure without an endpoint.</exception>
    public static IEntityRecognizer Create(
        RecognizerOptions options,
        TokenCredential? credential = null,
        IRecognitionCache? cache = null,
        Action<LanguageClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fallback = options.Fallback?.Trim().ToLowerInvariant() switch
        {
            null or "" or "none" => null,
            RecognizerOptions.Local => new LocalEntityRecognizer(),
            var other => throw new RecognizerConfigurationException($"Unknown fallback recognizer '{other}'; use 'local' or leave it unset."),
        };

        switch (options.Recognizer.Trim().ToLowerInvariant())
        {
            case RecognizerOptions.Local:
                return new LocalEntityRecognizer();
            case RecognizerOptions.Azure:
                break;
            default:
                throw new RecognizerConfigurationException($"Unknown recognizer '{options.Recognizer}' ({SettingNames.Recognizer}); use 'local' or 'azure'.");
        }

        var azure = CreateAzure(options, credential, configure);
        IEntityRecognizer recognizer = azure;
        cache ??= options.UseCache ? new FileRecognitionCache(options.CacheDirectory ?? FileRecognitionCache.DefaultDirectory) : null;
        if (cache is not null)
        {
            recognizer = new CachingEntityRecognizer(recognizer, cache, azure.CacheIdentity);
        }

        // Outside the cache: only what Azure billed is stored, and local lexicon updates apply to cached answers.
        recognizer = new SupplementingEntityRecognizer(recognizer, new LocalEntityRecognizer(), SupplementingEntityRecognizer.LocalAttributeCategories);

        return fallback is null ? recognizer : new FallbackEntityRecognizer(recognizer, fallback);
    }

    private static AzureLanguageEntityRecognizer CreateAzure(RecognizerOptions options, TokenCredential? credential, Action<LanguageClientOptions>? configure)
    {
        if (options.Endpoint is null)
        {
            throw new RecognizerConfigurationException($"The azure recognizer needs the Azure AI Language endpoint: pass --endpoint URL or set {SettingNames.LanguageEndpoint}.");
        }

        if (options.MaxRetries < 0)
        {
            throw new RecognizerConfigurationException($"MaxRetries must be 0 or more, not {options.MaxRetries}.");
        }

        var clientOptions = new LanguageClientOptions
        {
            ApiVersion = options.ApiVersion,
            ModelVersion = options.ModelVersion,
            UseEntityLinking = options.UseEntityLinking,
        };
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        configure?.Invoke(clientOptions);

        if (!string.IsNullOrEmpty(options.Key))
        {
            return new AzureLanguageEntityRecognizer(options.Endpoint, new AzureKeyCredential(options.Key), clientOptions);
        }

        if (options.Endpoint.Scheme != Uri.UriSchemeHttps)
        {
            // Azure.Core refuses to send bearer tokens over plain http; say so before the first request does.
            throw new RecognizerConfigurationException($"Entra ID authentication needs an https endpoint, not '{options.Endpoint}'; for a local http server set {SettingNames.LanguageKeyEnvironmentVariable}.");
        }

        credential ??= string.IsNullOrEmpty(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        return new AzureLanguageEntityRecognizer(options.Endpoint, credential, clientOptions);
    }
}
