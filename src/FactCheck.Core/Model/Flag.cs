namespace FactCheck.Core.Model;

/// <summary>A located span: UTF-16 offset and length into the plain text, and 1-based line and column in the source.</summary>
public sealed record FlagLocation(int Offset, int Length, int Line, int Column, string Text);

/// <summary>
/// One reported inconsistency. <see cref="Id"/> is a fingerprint of the rule and the normalized evidence, so the
/// same problem in an edited draft keeps its id (reviews depend on that).
/// </summary>
public sealed record Flag(
    string Id,
    string Rule,
    Severity Severity,
    string Message,
    FlagLocation Location)
{
    public string? Suggestion { get; init; }

    public IReadOnlyList<FlagLocation> Related { get; init; } = [];

    /// <summary>The archive evidence of an archive rule's flag (reports carry it in <c>related</c>).</summary>
    public ArchiveEvidence? Archive { get; init; }
}
