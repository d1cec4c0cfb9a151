namespace FactCheck.Core.Archive;

/// <summary>
/// The keys under which a one-letter slip of a surname meets the surname itself without a scan: the folded surname
/// and each form of it with one letter left out, marked so they never meet a name word ("~pelosi", "~elosi",
/// "~plosi", …). A draft's "Pelossi" asks its own keys; it shares "~pelosi" with Pelosi (a doubled letter), "Pelsi"
/// shares "~pelsi" (a dropped one), "Pelozi" shares "~peloi" (a changed one), "Pelsoi" shares "~pelsi" (two swapped).
/// Any two names one edit apart share a key; names sharing one are at most two edits apart, which the rule then
/// judges with <c>NameSimilarity</c>.
/// </summary>
public static class SurnameSlipKeys
{
    /// <summary>
    /// Shorter surnames are not keyed: one letter is a fifth of a four-letter name, and what it turns it into is more
    /// often another name (Bush/Rush, Kahn/Kuhn) than a slip.
    /// </summary>
    public const int MinimumLength = 5;

    private const char Marker = '~';

    /// <summary>
    /// The keys a draft's bare word asks: those of <see cref="Of"/>, and for a word one letter shorter than
    /// <see cref="MinimumLength"/> the word itself, which is what a keyed surname with one letter dropped is filed under
    /// ("Bidn" meets Biden's "~bidn"). A four-letter word is never looked up as a changed or doubled letter.
    /// </summary>
    public static IReadOnlyList<string> OfDraftWord(string foldedWord) =>
        foldedWord.Length == MinimumLength - 1 && foldedWord.All(char.IsLetter) ? [Marker + foldedWord] : Of(foldedWord);

    /// <summary>The keys of one folded surname word; none for a short one or one with a space or a hyphen.</summary>
    public static IReadOnlyList<string> Of(string foldedSurname)
    {
        if (foldedSurname.Length < MinimumLength || foldedSurname.Any(c => !char.IsLetter(c)))
        {
            return [];
        }

        var keys = new HashSet<string>(StringComparer.Ordinal) { Marker + foldedSurname };
        for (var i = 0; i < foldedSurname.Length; i++)
        {
            keys.Add(string.Concat(Marker.ToString(), foldedSurname.AsSpan(0, i), foldedSurname.AsSpan(i + 1)));
        }

        return keys.ToArray();
    }
}
