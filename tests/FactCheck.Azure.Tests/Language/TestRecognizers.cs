using Azure;
using FactCheck.Azure.Language;

namespace FactCheck.Azure.Tests.Language;

/// <summary>Recognizers pointed at a fake server, with retry delays kept to milliseconds.</summary>
internal static class TestRecognizers
{
    public const string Key = "test-key-0123456789abcdef";

    public static LanguageClientOptions FastOptions(int maxRetries = 3, TimeSpan? networkTimeout = null, bool linking = false)
    {
        var options = new LanguageClientOptions { UseEntityLinking = linking };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(10);
        return options;
    }

    public static AzureLanguageEntityRecognizer WithKey(FakeLanguageServer server, LanguageClientOptions? options = null) =>
        new(server.Endpoint, new AzureKeyCredential(Key), options ?? FastOptions());

    /// <summary>Delays of <paramref name="options"/> applied to factory-built recognizers.</summary>
    public static void MakeFast(LanguageClientOptions options)
    {
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
    }
}
