namespace FactCheck.Core.Rules;

/// <summary>
/// One person as the newsroom writes them: the canonical spelling ("Mevlüt Çavuşoğlu"), other spellings that refer to
/// the same person ("Mevlut Cavusoglu"), and, when known, their role ("Foreign Minister") and nationality ("Turkish").
/// </summary>
public sealed record NameAuthorityEntry(string Canonical)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Role { get; init; }

    public string? Nationality { get; init; }
}
