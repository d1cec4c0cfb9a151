namespace FactCheck.Core.Names;

/// <summary>
/// One person in the name authority list: the house spelling, accepted aliases, and optionally the office and
/// nationality the newsroom knows them by ("Mevlüt Çavuşoğlu", "Foreign Minister", "Turkish") and their party,
/// organisation or faith ("Democratic", "Apple").
/// </summary>
public sealed record NameAuthorityEntry(string Canonical)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Role { get; init; }

    public string? Nationality { get; init; }

    /// <summary>As the house writes it; the archive compares it by <see cref="AffiliationReader.KeyOf"/> ("Democrat" and "D" are "democratic").</summary>
    public string? Affiliation { get; init; }
}
