using FactCheck.Azure.Language;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;
using FactCheck.Core.Rules;

namespace FactCheck.Azure.Profiles;

/// <summary>
/// How every host checks a draft, built once by <see cref="CheckProfileBuilder"/> from flags, app settings and the
/// house file: the reader limits, the recognizer (with its cache and fallback), the rules and the house settings.
/// <c>factcheck check</c>, <c>factcheck serve</c> and the Functions app all compose their check from it, so a setting
/// has the same effect wherever the draft is checked.
/// </summary>
public sealed record CheckProfile
{
    /// <summary>The recognizer to build (<c>--recognizer</c>, <c>FactCheck__Recognizer</c> and the Language settings).</summary>
    public RecognizerOptions Recognizer { get; init; } = new();

    /// <summary>Largest draft accepted, in bytes (<c>--max-size</c>, <c>FactCheck__MaxDraftBytes</c>).</summary>
    public long MaxDraftBytes { get; init; } = DocumentReaderOptions.DefaultMaxBytes;

    /// <summary>The house settings of an explicit house file (<c>--config</c>); the defaults when none was given.</summary>
    public CheckSettings House { get; init; } = CheckSettings.Default;

    /// <summary>The <c>--config</c> file the <see cref="House"/> settings came from, if any.</summary>
    public string? HouseFilePath { get; init; }

    /// <summary>
    /// <c>container/blob</c> of the house file in the drafts storage account (<c>FactCheck__HouseFile</c>), read by the
    /// service hosts instead of <see cref="House"/> and reloaded when its ETag changes; null for none.
    /// </summary>
    public HouseBlobName? HouseBlob { get; init; }

    /// <summary>The rules every host runs; tests may narrow them.</summary>
    public Func<IReadOnlyList<IRule>> CreateRules { get; init; } = RuleCatalog.CreateAll;

    public DocumentReaderOptions ReaderOptions => DocumentReaderOptions.Default with { MaxBytes = MaxDraftBytes };

    /// <summary>
    /// The recognizer of this profile. <paramref name="cache"/> replaces the default file cache (the service hosts pass
    /// a blob cache); <paramref name="configure"/> has the last say on the Language client options.
    /// </summary>
    /// <exception cref="RecognizerConfigurationException">The profile names azure without an endpoint, or an unknown
    /// recognizer or fallback.</exception>
    public IEntityRecognizer CreateRecognizer(IRecognitionCache? cache = null, Action<LanguageClientOptions>? configure = null) =>
        RecognizerFactory.Create(Recognizer, cache: cache, configure: configure);

    public RuleEngine CreateEngine() => new(CreateRules());

    public DocumentChecker CreateChecker(IEntityRecognizer recognizer) => new(recognizer, CreateEngine());
}

/// <summary>A house file's place in blob storage: <c>container/name</c> as <c>FactCheck__HouseFile</c> gives it.</summary>
public sealed record HouseBlobName(string Container, string Name)
{
    public override string ToString() => $"{Container}/{Name}";
}
