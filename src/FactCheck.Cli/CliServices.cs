using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// The parts a check is composed of, replaceable for tests and for new options: the recognizer, the rules and
/// the document reader. <see cref="CheckComposition"/> turns these plus the parsed options into a checker.
/// </summary>
public sealed record CliServices
{
    public static CliServices Default { get; } = new();

    /// <summary>The entity recognizer for a run (the lead's <c>--recognizer azure</c> plugs in here).</summary>
    public Func<CheckOptions, IEntityRecognizer> CreateRecognizer { get; init; } = _ => new LocalEntityRecognizer();

    /// <summary>The rules a run uses; defaults to every rule in <see cref="RuleCatalog"/>.</summary>
    public Func<IReadOnlyList<IRule>> CreateRules { get; init; } = RuleCatalog.CreateAll;

    /// <summary>Bytes to plain text; throws <see cref="DocumentInputException"/> for input it cannot check.</summary>
    public Func<string, byte[], DocumentReaderOptions, ExtractedDocument> ReadDocument { get; init; } = DocumentReader.Read;
}
