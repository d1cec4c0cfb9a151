using System.Text;
using AnyAscii;

namespace FactCheck.Core.Names;

/// <summary>
/// Folds names for comparison: transliterated to ASCII (Çavuşoğlu → Cavusoglu), lower-cased, apostrophes and
/// hyphens kept only as separators, so diacritic and transliteration variants of one name compare equal.
/// </summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsFolded(name))
        {
            return name;
        }

        if (IsAsciiLettersAndDigits(name))
        {
            return name.ToLowerInvariant();
        }

        // Most words in English news are plain ASCII: transliteration is the expensive part, so skip it for them.
        var ascii = System.Text.Ascii.IsValid(name) ? name : name.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingSpace = false;
        foreach (var c in ascii)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '`')
            {
                // O'Brien and OBrien are one name.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-case ASCII letters and digits only: already folded (most words of running text).</summary>
    private static bool IsFolded(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool IsAsciiLettersAndDigits(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return name.Length > 0;
    }
}
