using FactCheck.Core.Checking;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// The one place a check is wired together from options and services: recognizer, rule engine, settings and
/// reader limits. New options that change how checking runs (configuration file, recognizer choice) land here.
/// </summary>
public sealed class CheckComposition
{
    private readonly Dictionary<string, CheckSettings> _discovered = new(StringComparer.Ordinal);
    private readonly CheckSettings? _explicit;
    private readonly DateOnly? _articleDate;

    private CheckComposition(DocumentChecker checker, RuleEngine engine, CheckSettings? explicitSettings, DateOnly? articleDate, DocumentReaderOptions readerOptions)
    {
        Checker = checker;
        Engine = engine;
        _explicit = explicitSettings;
        _articleDate = articleDate;
        Settings = Apply(explicitSettings ?? CheckSettings.Default);
        ReaderOptions = readerOptions;
    }

    public DocumentChecker Checker { get; }

    public RuleEngine Engine { get; }

    /// <summary>The settings for input with no file of its own (standard input): <c>--config</c> or the defaults.</summary>
    public CheckSettings Settings { get; }

    public DocumentReaderOptions ReaderOptions { get; }

    /// <summary>The descriptors of the rules this run uses (SARIF rule metadata).</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => Engine.Rules.Select(r => r.Descriptor).ToArray();

    public static CheckComposition Build(CheckOptions options, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var engine = new RuleEngine(services.CreateRules());
        var explicitSettings = options.ConfigPath is null ? null : LoadConfig(options.ConfigPath);
        var checker = new DocumentChecker(services.CreateRecognizer(options), engine);
        var readerOptions = DocumentReaderOptions.Default with { MaxBytes = options.MaxBytes };
        return new CheckComposition(checker, engine, explicitSettings, options.ArticleDate, readerOptions);
    }

    /// <summary>
    /// The settings for one checked file: <c>--config</c> if given, else the nearest <c>factcheck.yaml</c> upward
    /// from the file (like .editorconfig), else the defaults; <c>--date</c> on top. Throws
    /// <see cref="ConfigurationException"/> for a malformed file.
    /// </summary>
    public CheckSettings SettingsFor(string? fullPath)
    {
        if (_explicit is not null || fullPath is null)
        {
            return Settings;
        }

        var configPath = FactCheckConfigLoader.FindFor(fullPath);
        if (configPath is null)
        {
            return Settings;
        }

        if (!_discovered.TryGetValue(configPath, out var settings))
        {
            _discovered[configPath] = settings = Apply(LoadConfig(configPath));
        }

        return settings;
    }

    /// <summary>A factcheck.yaml that is a FIFO would hang the run in open(2) and one linked to a device would never
    /// end, like a draft; refused the same way, as a configuration error (exit 2).</summary>
    private static CheckSettings LoadConfig(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
        {
            throw new ConfigurationException(path, 1, 1, $"is {FileKinds.Describe(kind)}, not a regular file; factcheck reads configuration from regular files only.");
        }

        return FactCheckConfigLoader.Load(path);
    }

    private CheckSettings Apply(CheckSettings settings) =>
        _articleDate is null ? settings : settings with { ArticleDate = _articleDate };
}
