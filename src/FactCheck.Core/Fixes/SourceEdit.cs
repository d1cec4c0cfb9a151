using FactCheck.Core.Model;

namespace FactCheck.Core.Fixes;

/// <summary>
/// One replacement in a draft's source: <see cref="Length"/> UTF-16 code units at <see cref="Start"/> of the decoded
/// source become <see cref="Replacement"/>. <see cref="Flags"/> are the flags whose suggestion it is (two rules can
/// suggest the same thing for the same span).
/// </summary>
public sealed record SourceEdit(int Start, int Length, string Replacement, IReadOnlyList<Flag> Flags)
{
    public int End => Start + Length;
}

/// <summary>A flag whose suggestion was not applied, and why, in words for the person who ran the fix.</summary>
public sealed record SkippedSuggestion(Flag Flag, string Reason);
