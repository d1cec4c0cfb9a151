using System.Text;
using F23.StringSimilarity;
using FactCheck.Core.Diagnostics;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Core.Rules.Names;

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
    /// True when <paramref name="mention"/> closely resembles <paramref name="introduced"/> without being the same
    /// folded name. The thresholds were chosen so that distinct common surnames of similar length (Smith/Smyth
    /// aside) stay apart, while one- and two-letter drifts and shared morphology (-oglu, -ov, -ski) are caught.
    /// </summary>
    public static bool Resembles(string mention, string introduced)
    {
        if (mention == introduced || mention.Length < 4 || introduced.Length < 4)
        {
            return false;
        }

        var similarity = Similarity(mention, introduced);
        if (similarity >= 0.9)
        {
            return true;
        }

        var ending = NameMorphology.SurnameEnding(mention);
        var sharesMorphology = ending is not null && ending == NameMorphology.SurnameEnding(introduced);
        if (sharesMorphology && similarity >= 0.75)
        {
            return true;
        }

        return Math.Min(mention.Length, introduced.Length) >= 6 && EditDistance(mention, introduced) <= 2 && similarity >= 0.8;
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

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
