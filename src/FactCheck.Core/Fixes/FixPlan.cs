using FactCheck.Core.Documents;

namespace FactCheck.Core.Fixes;

/// <summary>
/// What applying a file's suggestions does: the edits, the suggestions left alone, and the resulting text and bytes.
/// The bytes are the original bytes outside the edits, so encoding, byte-order mark and line endings stay as they were.
/// </summary>
public sealed record FixPlan(
    string Path,
    DecodedSource Source,
    IReadOnlyList<SourceEdit> Edits,
    IReadOnlyList<SkippedSuggestion> Skipped,
    string FixedText,
    byte[] FixedBytes)
{
    public bool HasChanges => Edits.Count > 0;

    /// <summary>How many flags the edits settle (more than <see cref="Edits"/> when two flags share one).</summary>
    public int FixedFlags => Edits.Sum(e => e.Flags.Count);
}
