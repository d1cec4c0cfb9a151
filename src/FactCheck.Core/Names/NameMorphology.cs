namespace FactCheck.Core.Names;

/// <summary>
/// Family-name endings that mark a word as a surname in many languages (-oglu, -ov, -enko, -ski, -shvili...).
/// Used as evidence for a lone capitalized word, and by the name rules to recognize shared name morphology.
/// </summary>
public static class NameMorphology
{
    // Longest first, so "-ova" wins over "-ov". Endings shorter than 3 letters are too common in English words.
    private static readonly string[] SurnameEndings =
    [
        "shvili", "oglu", "enko", "chuk", "vich", "vych", "owski", "ewski", "escu", "ovic", "evic", "ovich",
        "evich", "ova", "eva", "ovs", "sky", "ski", "ska", "dze", "yan", "ian", "zade", "zadeh", "poulos", "akis",
        "idis", "ov", "ev", "ic",
    ];

    // The endings by their last letter, each group in the order of SurnameEndings, so the first match is the same.
    private static readonly string[][] EndingsByLastLetter = Enumerable.Range('a', 26)
        .Select(letter => SurnameEndings.Where(e => e[^1] == letter).ToArray()).ToArray();

    /// <summary>The surname ending of a folded word, or null. The stem must keep at least three letters.</summary>
    public static string? SurnameEnding(string folded)
    {
        // Asked of every pair of names compared: only the endings with the word's last letter can match.
        if (folded.Length == 0 || folded[^1] is not (>= 'a' and <= 'z'))
        {
            return null;
        }

        foreach (var ending in EndingsByLastLetter[folded[^1] - 'a'])
        {
            if (folded.Length >= ending.Length + 3 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return ending;
            }
        }

        return null;
    }

    /// <summary>Endings strong enough to call a lone unknown capitalized word a surname ("Davutoglu", "Bogdanov").</summary>
    public static bool HasStrongSurnameEnding(string folded)
    {
        var ending = SurnameEnding(folded);
        return ending is not null and not ("ic" or "ian" or "yan" or "ska" or "ev" or "eva");
    }
}
