namespace FactCheck.Core.Model;

/// <summary>
/// What a rule reports, before the engine turns it into a <see cref="Flag"/> (severity from
/// configuration, line and column from the source map, a stable id from <see cref="Evidence"/>).
/// </summary>
public sealed record Finding(TextSpan Span, string Message)
{
    /// <summary>The replacement an editor would most likely want ("Cavusoglu"), when one side is clearly right.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Other places that make up the inconsistency (the introduction a drifted name should match).</summary>
    public IReadOnlyList<TextSpan> Related { get; init; } = [];

    /// <summary>
    /// Normalized words that identify this problem independent of where it sits in the text (folded names,
    /// numbers). The flag id is a fingerprint of the rule id and this evidence, never of offsets.
    /// </summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>For a rule that reads the newsroom archive: the claims it compared and the archived articles behind them.</summary>
    public ArchiveEvidence? Archive { get; init; }
}
