using System.Globalization;
using FactCheck.Azure.Configuration;
using FactCheck.Azure.Language;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Azure.Profiles;

/// <summary>
/// What a host was told on its command line; null (or false) for an option not given, so the app setting below it
/// applies. The service hosts have no flags for most of these and leave them unset.
/// </summary>
public sealed record ProfileFlags
{
    /// <summary><c>--config</c>: a house file on disk, already resolved against the working directory.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>--recognizer</c>.</summary>
    public string? Recognizer { get; init; }

    /// <summary><c>--endpoint</c>.</summary>
    public string? Endpoint { get; init; }

    /// <summary><c>--api-version</c>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary><c>--fallback</c>.</summary>
    public string? Fallback { get; init; }

    /// <summary><c>--no-cache</c>.</summary>
    public bool NoCache { get; init; }

    /// <summary><c>--max-size</c>, in bytes.</summary>
    public long? MaxBytes { get; init; }
}

/// <summary>
/// Builds the <see cref="CheckProfile"/> of a host with one precedence for every setting: command-line flag, then app
/// setting or environment variable (<c>FactCheck__…</c>), then the house file (<c>factcheck.yaml</c>), then the
/// default. Every value is parsed and validated here, once, with an error that names where it came from (the flag or
/// the setting), so hosts only word the advice.
/// </summary>
public static class CheckProfileBuilder
{
    /// <summary>Builds the profile; <paramref name="getSetting"/> is asked for each setting in its environment form
    /// (<c>FactCheck__Language__Endpoint</c>) and then its configuration form (<c>FactCheck:Language:Endpoint</c>), so both
    /// <c>Environment.GetEnvironmentVariable</c> and an <c>IConfiguration</c> indexer work.</summary>
    /// <param name="flags">What the command line said; <c>new ProfileFlags()</c> for a host without flags.</param>
    /// <param name="getSetting">App settings and environment variables by name.</param>
    /// <param name="loadHouseFile">Reads <see cref="ProfileFlags.ConfigPath"/>; the CLI passes one that refuses FIFOs
    /// and devices. Defaults to <see cref="FactCheckConfigLoader.Load"/>.</param>
    /// <exception cref="RecognizerConfigurationException">A recognizer setting is unusable (endpoint not an http(s) URL).</exception>
    /// <exception cref="CheckProfileException">Another setting is unusable (size, house file name).</exception>
    /// <exception cref="ConfigurationException">The <c>--config</c> file is malformed.</exception>
    public static CheckProfile Build(ProfileFlags flags, Func<string, string?> getSetting, Func<string, CheckSettings>? loadHouseFile = null)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(getSetting);
        string? Setting(string name)
        {
            var value = getSetting(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                value = getSetting(name.Replace("__", ":", StringComparison.Ordinal));
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var defaults = new RecognizerOptions();
        var endpoint = flags.Endpoint is { } flagEndpoint
            ? ParseEndpoint(flagEndpoint, "--endpoint")
            : Setting(SettingNames.LanguageEndpoint) is { } settingEndpoint ? ParseEndpoint(settingEndpoint, SettingNames.LanguageEndpoint) : null;
        var recognizer = defaults with
        {
            Recognizer = (flags.Recognizer ?? Setting(SettingNames.Recognizer) ?? defaults.Recognizer).Trim().ToLowerInvariant(),
            Endpoint = endpoint,
            ApiVersion = flags.ApiVersion ?? Setting(SettingNames.LanguageApiVersion) ?? defaults.ApiVersion,
            Fallback = flags.Fallback ?? Setting(SettingNames.LanguageFallback),
            UseCache = !flags.NoCache,
            ClientId = Setting(SettingNames.LanguageClientId),
            Key = Setting(SettingNames.LanguageKeyEnvironmentVariable),
        };

        var maxBytes = flags.MaxBytes ?? (Setting(SettingNames.MaxDraftBytes) is { } sizeText ? ParseSize(sizeText) : DocumentReaderOptions.DefaultMaxBytes);
        var profile = new CheckProfile { Recognizer = recognizer, MaxDraftBytes = maxBytes };
        if (flags.ConfigPath is { } configPath)
        {
            return profile with { House = (loadHouseFile ?? (path => FactCheckConfigLoader.Load(path)))(configPath), HouseFilePath = configPath };
        }

        return Setting(SettingNames.HouseFile) is { } houseFile ? profile with { HouseBlob = ParseHouseBlob(houseFile) } : profile;
    }

    /// <summary>The one check of an Azure AI Language endpoint, wherever it was given.</summary>
    public static Uri ParseEndpoint(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new RecognizerConfigurationException($"{source}: '{text}' is not an http(s) URL; set it to the resource endpoint, e.g. https://NAME.cognitiveservices.azure.com.");
        }

        return endpoint;
    }

    private static long ParseSize(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw new CheckProfileException($"{SettingNames.MaxDraftBytes}: '{text}' is not a positive number of bytes, e.g. 10485760 for 10 MB.");

    private static HouseBlobName ParseHouseBlob(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var container = slash > 0 ? text[..slash] : "";
        var name = slash > 0 ? text[(slash + 1)..] : "";
        if (container.Length is < 3 or > 63 || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || name.Length == 0)
        {
            throw new CheckProfileException($"{SettingNames.HouseFile}: '{text}' is not container/blob, e.g. config/factcheck.yaml (a lower-case container name of 3 to 63 letters, digits and hyphens, then the blob name).");
        }

        return new HouseBlobName(container, name);
    }
}

/// <summary>A setting of the check profile that cannot be used; the message names the setting or flag and what to set.</summary>
public sealed class CheckProfileException : Exception
{
    public CheckProfileException(string message) : base(message) { }
}
