using System.Text;
using F23.StringSimilarity;
using FactCheck.Core.Diagnostics;

namespace FactCheck.Core.Names;

/// <summary>
/// Compares folded surnames. Two questions matter to the name rules: do two names <em>resemble</em> each other
/// (Davutoglu ~ Cavusoglu: likely a drifted name), and are they <em>transliterations</em> of one name
/// (Mekdad ≡ Miqdad, Zelensky ≡ Zelenskyy: a spelling variant, not another person)?
/// </summary>
public static class NameSimilarity
{
    private static readonly JaroWinkler JaroWinkler = new();

    /// <summary>Jaro-Winkler similarity of two folded names, 0..1.</summary>
    public static double Similarity(string a, string b)
    {
        CheckWork.Add();
        return JaroWinkler.Similarity(a, b);
    }

    /// <summary>
    /// True when <paramref name="mention"/> is a plausible slip for <paramref name="introduced"/>: the errors real
    /// copy makes in a name are up to two substituted letters (the first included: Cavusoglu → Davutoglu), one dropped
    /// or doubled letter (Waters → Water), or two letters swapped (Kahn → Khan). How many edits are tolerated depends
    /// on the length: two edits in a five-letter name still leave three letters in place, one in a four-letter name.
    /// Names shorter than four letters are too easily confused with other words to judge. When more than the letters
    /// vouches for a slip (<paramref name="vouched"/>: a word no dictionary or name list knows, or a full name repeating
    /// the introduced given name), a four-letter name may differ from a four-letter name in two letters when they are the
    /// first and an inner one and the ending is kept (Bush → Guch, as Cavusoglu → Davutoglu keeps -oglu): a real other
    /// name or word of that shape would be known, so the coincidence left is the slip; Idku and Idan share only a start.
    /// </summary>
    public static bool Resembles(string mention, string introduced, bool vouched = false)
    {
        CheckWork.Add();
        if (mention == introduced)
        {
            return false;
        }

        var shorter = Math.Min(mention.Length, introduced.Length);
        if (shorter < 4)
        {
            return false;
        }

        if (Math.Abs(mention.Length - introduced.Length) > 1)
        {
            return SharesSurnameMorphology(mention, introduced);
        }

        if (SharesSurnameMorphology(mention, introduced))
        {
            return true;
        }

        var allowed = shorter >= 5 || (vouched && IsFirstAndInnerSubstitution(mention, introduced)) ? 2 : 1;
        var distance = EditDistance(mention, introduced, allowed);
        if (distance > allowed)
        {
            return false;
        }

        // Two edits when the lengths differ would be a drop plus a substitution: in a short name that leaves too little
        // of it to call it the same name (Sanders/Sandra), so a length change is one edit below eight letters.
        return mention.Length == introduced.Length || distance == 1 || shorter >= 8;
    }

    private static bool IsFirstAndInnerSubstitution(string mention, string introduced) =>
        mention.Length == introduced.Length && mention[0] != introduced[0] && mention[^1] == introduced[^1] &&
        Differences(mention, introduced) == 2;

    private static int Differences(string a, string b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += a[i] == b[i] ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// Kravchenko for Kovalenko, Davutoglu for Cavusoglu: a writer who reaches for the wrong name of the same nation
    /// keeps its surname ending, so a shared -enko/-oglu/-ov ending with a close Jaro-Winkler score is a slip too.
    /// </summary>
    private static bool SharesSurnameMorphology(string mention, string introduced)
    {
        if (Math.Min(mention.Length, introduced.Length) < 6 || mention[^1] != introduced[^1])
        {
            return false;
        }

        var ending = NameMorphology.SurnameEnding(mention);
        return ending is not null && ending == NameMorphology.SurnameEnding(introduced) && Similarity(mention, introduced) >= 0.75;
    }

    /// <summary>"The Trumps", "the Obamas' home": the family named by its surname in the plural is no drift.</summary>
    public static bool IsFamilyPlural(string mention, string introduced) =>
        mention.Length == introduced.Length + 1 && mention[^1] == 's' && mention.StartsWith(introduced, StringComparison.Ordinal) ||
        mention.Length == introduced.Length + 2 && mention.EndsWith("es", StringComparison.Ordinal) && mention.StartsWith(introduced, StringComparison.Ordinal);

    /// <summary>
    /// True when two given names are one name with a changed vowel or one slipped letter (Kristin → Kristen,
    /// Mevlut → Mevlüt folds equal and is not a drift). The first letter must agree: Mark and Bark are not slips of
    /// each other in a given name the way they are in a surname.
    /// </summary>
    public static bool GivenNamesResemble(string mention, string introduced)
    {
        CheckWork.Add();
        if (mention == introduced || mention.Length < 4 || introduced.Length < 4 || mention[0] != introduced[0])
        {
            return false;
        }

        return Math.Abs(mention.Length - introduced.Length) <= 1 && EditDistance(mention, introduced, 1) <= 1;
    }

    /// <summary>
    /// True when both names reduce to the same consonant skeleton under common transliteration equivalences
    /// (q≈k≈c, y≈i≈j, w≈v, z≈s, ph≈f, doubled letters, vowels after the first letter).
    /// </summary>
    public static bool AreTransliterations(string a, string b)
    {
        CheckWork.Add();
        return a != b && TransliterationKey(a) == TransliterationKey(b);
    }

    /// <summary>
    /// True when two given names are one name in two romanizations (Sergey/Sergei, Yusuf/Jusuf, Stefan/Stephan):
    /// equal once y≈i≈j, w≈v, ph≈f, c≈k≈q and doubled letters are set aside. Unlike surnames, a changed vowel is
    /// not a romanization here (Kristin/Kristen).
    /// </summary>
    public static bool AreGivenNameVariants(string a, string b) => a != b && GivenNameKey(a) == GivenNameKey(b);

    private static string GivenNameKey(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == 'p' && i + 1 < folded.Length && folded[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }
            else
            {
                c = c switch
                {
                    'q' or 'c' => 'k',
                    'w' => 'v',
                    'j' or 'y' => 'i',
                    _ => c,
                };
            }

            if (c == 'h' && i > 0 || builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string TransliterationKey(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == 'p' && i + 1 < folded.Length && folded[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }
            else
            {
                c = c switch
                {
                    'q' or 'c' => 'k',
                    'w' => 'v',
                    'z' => 's',
                    'j' or 'y' => 'i',
                    'x' => 'k',
                    _ => c,
                };
            }

            var isVowel = c is 'a' or 'e' or 'i' or 'o' or 'u';
            if (i > 0 && isVowel)
            {
                continue;
            }

            if (c == ' ' || c == 'h' && i > 0)
            {
                continue;
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent transpositions), giving up
    /// early: any answer above <paramref name="limit"/> is returned as <c>limit + 1</c>.
    /// </summary>
    public static int EditDistance(string a, string b, int limit = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
