using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// <summary>
/// The one list of abbreviations whose period belongs to the word ("Mr.", "Gen.", "Sept.", "U.S.", "e.g."), read by
/// the <see cref="Tokenizer"/> and by the rules' sentence splitter, loaded once from the embedded
/// <c>Names/Lexicon/abbreviations.txt</c>. Entries written there with a capital ("Sun", "No", "Fig") are ordinary
/// words too, so they count only when capitalized: "in the sun." ends a sentence, "on Sun." does not.
/// </summary>
public static class Abbreviations
{
    // Entry → whether it counts only when capitalized. Looked up by span, so neither reader allocates per word.
    private static readonly FrozenDictionary<string, bool> Entries = Load(Lexicon.ReadList("abbreviations"));

    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every entry as written in the list.</summary>
    public static IEnumerable<string> All => Entries.Select(entry => entry.Value ? char.ToUpperInvariant(entry.Key[0]) + entry.Key[1..] : entry.Key);

    /// <summary>
    /// Whether a period right after <paramref name="word"/> belongs to it: <paramref name="word"/> is the word
    /// without that period, with any inner periods ("U.S", "e.g").
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        BySpan.TryGetValue(word, out var capitalizedOnly) && (!capitalizedOnly || char.IsUpper(word[0]));

    internal static FrozenDictionary<string, bool> Load(IEnumerable<string> entries)
    {
        var byWord = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byWord[entry] = char.IsUpper(entry[0]);
        }

        return byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
