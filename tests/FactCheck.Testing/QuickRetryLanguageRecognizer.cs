using Azure;
using FactCheck.Azure.Language;
using FactCheck.Azure.Tests.Language;

namespace FactCheck.Testing;

/// <summary>
/// The Azure AI Language recognizer over a <see cref="FakeLanguageServer"/>, with the production retry policy's shape
/// but millisecond delays, so an outage test exhausts <see cref="MaxRetries"/> in well under a second.
/// </summary>
public static class QuickRetryLanguageRecognizer
{
    public const int MaxRetries = 3;

    public static AzureLanguageEntityRecognizer For(FakeLanguageServer language, string key)
    {
        ArgumentNullException.ThrowIfNull(language);
        var options = new LanguageClientOptions();
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return new AzureLanguageEntityRecognizer(language.Endpoint, new AzureKeyCredential(key), options);
    }
}
