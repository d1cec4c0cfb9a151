namespace FactCheck.Azure.Configuration;

/// <summary>
/// Every application setting the FactCheck hosts read, in one place. Code reads settings only through these names;
/// the infrastructure tests assert the Bicep sets each one.
/// </summary>
public static class SettingNames
{
    /// <summary>Connection name of the drafts storage account (blob trigger, tables). Identity-based settings use the
    /// <c>DraftsStorage__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c> / <c>__credential</c> /
    /// <c>__clientId</c> suffixes; a plain connection string works too.</summary>
    public const string DraftsStorageConnection = "DraftsStorage";

    public const string DraftsStorageBlobServiceUri = "DraftsStorage__blobServiceUri";
    public const string DraftsStorageQueueServiceUri = "DraftsStorage__queueServiceUri";
    public const string DraftsStorageTableServiceUri = "DraftsStorage__tableServiceUri";
    public const string DraftsStorageCredential = "DraftsStorage__credential";
    public const string DraftsStorageClientId = "DraftsStorage__clientId";

    /// <summary><c>local</c> or <c>azure</c>.</summary>
    public const string Recognizer = "FactCheck__Recognizer";

    public const string LanguageEndpoint = "FactCheck__Language__Endpoint";
    public const string LanguageApiVersion = "FactCheck__Language__ApiVersion";

    /// <summary><c>local</c> to fall back to the local recognizer when Azure AI Language stays unreachable; <c>none</c> for no fallback.</summary>
    public const string LanguageFallback = "FactCheck__Language__Fallback";

    /// <summary>The house file (<c>factcheck.yaml</c>) as <c>container/blob</c> in the drafts storage account; reloaded when it changes.</summary>
    public const string HouseFile = "FactCheck__HouseFile";

    /// <summary>Client id of the user-assigned managed identity used for Azure AI Language (Entra ID auth).</summary>
    public const string LanguageClientId = "FactCheck__Language__ClientId";

    /// <summary>Largest draft accepted, in bytes.</summary>
    public const string MaxDraftBytes = "FactCheck__MaxDraftBytes";

    /// <summary><c>on</c> (default) or <c>off</c>: whether the hosts check drafts against, and record them in, the People table.</summary>
    public const string Archive = "FactCheck__Archive";

    /// <summary>NCRONTAB schedule of the <c>SweepDrafts</c> timer (six fields, seconds first), e.g. <c>0 */5 * * * *</c>.</summary>
    public const string SweepSchedule = "FactCheck__SweepSchedule";

    /// <summary>Environment variable holding an Azure AI Language key, for local use only; Azure uses identity.</summary>
    public const string LanguageKeyEnvironmentVariable = "FACTCHECK_LANGUAGE_KEY";

    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
}
