using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Azure.Language;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// The parts a check is composed of, replaceable for tests and for new options: the recognizer, the rules and
/// the document reader. <see cref="CheckComposition"/> turns these plus the parsed options into a checker.
/// </summary>
public sealed record CliServices
{
    public static CliServices Default { get; } = new();

    /// <summary>The entity recognizer for a run: local, or Azure AI Language with its cache and fallback.</summary>
    public Func<CheckOptions, IEntityRecognizer> CreateRecognizer { get; init; } = RecognizerFromOptions;

    /// <summary>The rules a run uses; defaults to every rule in <see cref="RuleCatalog"/>.</summary>
    public Func<IReadOnlyList<IRule>> CreateRules { get; init; } = RuleCatalog.CreateAll;

    /// <summary>
    /// Environment settings (<c>FactCheck__Language__Endpoint</c>, <c>FACTCHECK_LANGUAGE_KEY</c>…) overridden by
    /// command-line options. Throws <see cref="RecognizerConfigurationException"/> for an unusable combination.
    /// </summary>
    public static IEntityRecognizer RecognizerFromOptions(CheckOptions options) => RecognizerFromOptions(options, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="RecognizerFromOptions(CheckOptions)"/> with the settings read from <paramref name="getSetting"/>
    /// instead of the process environment (tests must not set a key for every other test in the process).</summary>
    public static IEntityRecognizer RecognizerFromOptions(CheckOptions options, Func<string, string?> getSetting)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(getSetting);
        var settings = RecognizerOptions.FromSettings(getSetting);
        if (!Uri.TryCreate(options.Endpoint ?? settings.Endpoint?.ToString() ?? "", UriKind.Absolute, out var endpoint) && options.Endpoint is not null)
        {
            throw new RecognizerConfigurationException($"--endpoint: '{options.Endpoint}' is not an absolute URL; expected e.g. https://NAME.cognitiveservices.azure.com");
        }

        return RecognizerFactory.Create(settings with
        {
            Recognizer = options.Recognizer,
            Endpoint = endpoint ?? settings.Endpoint,
            ApiVersion = options.ApiVersion ?? settings.ApiVersion,
            Fallback = options.Fallback ?? settings.Fallback,
            UseCache = settings.UseCache && !options.NoCache,
        });
    }

    /// <summary>Bytes to plain text; throws <see cref="DocumentInputException"/> for input it cannot check.</summary>
    public Func<string, byte[], DocumentReaderOptions, ExtractedDocument> ReadDocument { get; init; } = DocumentReader.Read;
}
