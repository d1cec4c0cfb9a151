using FactCheck.Azure.Profiles;
using FactCheck.Core.Archive;
using FactCheck.Core.Checking;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck check</c>'s use of the <see cref="CheckProfile"/> every host builds (flags over settings over the house
/// file): its recognizer, rules and reader limits, plus what only the CLI does, finding the nearest
/// <c>factcheck.yaml</c> upward from each checked file when <c>--config</c> is not given.
/// </summary>
public sealed class CheckComposition
{
    private readonly Dictionary<string, CheckSettings> _discovered = new(StringComparer.Ordinal);
    private readonly CheckSettings? _explicit;
    private readonly DateOnly? _articleDate;

    private CheckComposition(CheckProfile profile, DocumentChecker checker, RuleEngine engine, CheckSettings? explicitSettings, DateOnly? articleDate, DocumentReaderOptions readerOptions)
    {
        Profile = profile;
        Checker = checker;
        Engine = engine;
        _explicit = explicitSettings;
        _articleDate = articleDate;
        Settings = Apply(explicitSettings ?? CheckSettings.Default);
        ReaderOptions = readerOptions;
    }

    public CheckProfile Profile { get; }

    public DocumentChecker Checker { get; }

    public RuleEngine Engine { get; }

    /// <summary>The settings for input with no file of its own (standard input): <c>--config</c> or the defaults.</summary>
    public CheckSettings Settings { get; }

    public DocumentReaderOptions ReaderOptions { get; }

    /// <summary>The descriptors of the rules this run uses (SARIF rule metadata).</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => Engine.Rules.Select(r => r.Descriptor).ToArray();

    public static CheckComposition Build(CheckOptions options, CliServices services, IPeopleArchive? archive = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var flags = new ProfileFlags
        {
            ConfigPath = options.ConfigPath,
            Recognizer = options.Recognizer,
            Endpoint = options.Endpoint,
            ApiVersion = options.ApiVersion,
            Fallback = options.Fallback,
            NoCache = options.NoCache,
            MaxBytes = options.MaxBytes,
        };
        var profile = CheckProfileBuilder.Build(flags, services.GetSetting, LoadConfig) with { CreateRules = services.CreateRules };
        var engine = profile.CreateEngine();
        var checker = new DocumentChecker(profile.CreateRecognizer(configure: services.ConfigureLanguageClient), engine, archive);
        var explicitSettings = profile.HouseFilePath is null ? null : profile.House;
        return new CheckComposition(profile, checker, engine, explicitSettings, options.ArticleDate, profile.ReaderOptions);
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
    public static CheckSettings LoadConfig(string path)
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
