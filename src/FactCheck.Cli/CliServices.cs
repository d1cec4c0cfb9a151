using FactCheck.Azure.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// What the CLI takes from its surroundings, replaceable for tests: the settings (the process environment), the rules,
/// the document reader and the Language client's last options. <see cref="CheckComposition"/> builds the check from
/// these and the flags through the same <see cref="Azure.Profiles.CheckProfileBuilder"/> the service hosts use.
/// </summary>
public sealed record CliServices
{
    public static CliServices Default { get; } = new();

    /// <summary>
    /// App settings by name (<c>FactCheck__Recognizer</c>, <c>FactCheck__Language__Endpoint</c>, <c>FACTCHECK_LANGUAGE_KEY</c>…);
    /// the process environment unless a test supplies its own (it must not set a key for every other test in the process).
    /// </summary>
    public Func<string, string?> GetSetting { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The rules a run uses; defaults to every rule in <see cref="RuleCatalog"/>.</summary>
    public Func<IReadOnlyList<IRule>> CreateRules { get; init; } = RuleCatalog.CreateAll;

    /// <summary>Last say on the Azure AI Language client options (tests shorten the retries).</summary>
    public Action<LanguageClientOptions>? ConfigureLanguageClient { get; init; }

    /// <summary>Bytes to plain text; throws <see cref="DocumentInputException"/> for input it cannot check.</summary>
    public Func<string, byte[], DocumentReaderOptions, ExtractedDocument> ReadDocument { get; init; } = DocumentReader.Read;

    /// <summary>How long an archive write waits for another process's lock (tests shorten it).</summary>
    public TimeSpan ArchiveBusyTimeout { get; init; } = Archive.SqlitePeopleArchive.DefaultBusyTimeout;
}
