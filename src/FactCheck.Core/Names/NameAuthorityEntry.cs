namespace FactCheck.Core.Names;

/// <summary>
/// One person in the name authority list: the house spelling, accepted aliases, and optionally the office and
/// nationality the newsroom knows them by ("Mevlüt Çavuşoğlu", "Foreign Minister", "Turkish").
/// </summary>
public sealed record NameAuthorityEntry(string Canonical)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Role { get; init; }

    public string? Nationality { get; init; }
}
