using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// The one place a check is wired together from options and services: recognizer, rule engine, settings and
/// reader limits. New options that change how checking runs (configuration file, recognizer choice) land here.
/// </summary>
public sealed class CheckComposition
{
    private CheckComposition(DocumentChecker checker, RuleEngine engine, CheckSettings settings, DocumentReaderOptions readerOptions)
    {
        Checker = checker;
        Engine = engine;
        Settings = settings;
        ReaderOptions = readerOptions;
    }

    public DocumentChecker Checker { get; }

    public RuleEngine Engine { get; }

    public CheckSettings Settings { get; }

    public DocumentReaderOptions ReaderOptions { get; }

    /// <summary>The descriptors of the rules this run uses (SARIF rule metadata).</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => Engine.Rules.Select(r => r.Descriptor).ToArray();

    public static CheckComposition Build(CheckOptions options, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var engine = new RuleEngine(services.CreateRules());
        var checker = new DocumentChecker(services.CreateRecognizer(options), engine);
        var settings = CheckSettings.Default with { ArticleDate = options.ArticleDate };
        var readerOptions = DocumentReaderOptions.Default with { MaxBytes = options.MaxBytes };
        return new CheckComposition(checker, engine, settings, readerOptions);
    }
}
