using System.Runtime.CompilerServices;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// The case-insensitive hash behind <see cref="Word.Key"/> (FNV-1a over upper-cased UTF-16 units, the mapping
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares by), computed while tokenizing so that looking a word up
/// costs an integer hash, not a string hash.
/// </summary>
public static class WordKey
{
    public const uint Seed = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, char c)
    {
        if (char.IsAsciiLetter(c))
        {
            return AddAsciiLetter(hash, c);
        }

        if (c >= 128)
        {
            c = char.ToUpperInvariant(c);
        }

        return (hash ^ c) * 16777619;
    }

    /// <summary><see cref="Add"/> for a character known to be an ASCII letter: upper-casing it is clearing one bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint AddAsciiLetter(uint hash, char c) => (hash ^ (uint)(c & ~0x20)) * 16777619;

    public static int Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return unchecked((int)hash);
    }
}
