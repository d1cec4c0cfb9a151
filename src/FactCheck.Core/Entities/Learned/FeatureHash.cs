namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// Stable 32-bit hashing of feature names (FNV-1a, then a murmur finalizer), built character by character so the
/// hot path never allocates feature strings. <see cref="string.GetHashCode()"/> is randomized per process, which
/// would make a saved model meaningless.
/// </summary>
internal static class FeatureHash
{
    private const uint Basis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(int template) => Add(Basis, (uint)template);

    public static uint Of(int template, uint value) => Add(Add(Basis, (uint)template), value);

    public static uint Of(int template, uint first, uint second) => Add(Add(Add(Basis, (uint)template), first), second);

    /// <summary>One multiply per value, not four bytes' worth: <see cref="Bucket"/> finishes the mixing.</summary>
    public static uint Add(uint hash, uint value) => (System.Numerics.BitOperations.RotateLeft(hash, 13) ^ value) * 0x9E3779B1;

    public static uint AddLower(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return hash;
    }

    public static uint Lower(ReadOnlySpan<char> text) => AddLower(Basis, text);

    /// <summary><see cref="Lower"/> and <see cref="Shape"/> in one pass over the characters, ASCII without lookups.</summary>
    public static (uint Lower, uint Shape) LowerAndShape(ReadOnlySpan<char> text)
    {
        var lower = Basis;
        var shape = Basis;
        var previous = '\0';
        foreach (var c in text)
        {
            char kind;
            char folded;
            if (c < 128)
            {
                var isUpper = (uint)(c - 'A') <= 'Z' - 'A';
                folded = isUpper ? (char)(c | 0x20) : c;
                kind = isUpper ? 'X' : (uint)(c - 'a') <= 'z' - 'a' ? 'x' : (uint)(c - '0') <= 9 ? 'd' : c;
            }
            else
            {
                folded = char.ToLowerInvariant(c);
                kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            }

            lower = (lower ^ folded) * Prime;
            if (kind != previous)
            {
                shape = (shape ^ kind) * Prime;
                previous = kind;
            }
        }

        return (lower, shape);
    }

    /// <summary>Word shape with runs collapsed: "Ingrid" → "Xx", "NATO" → "X", "Jong-un" → "Xx-x", "L." → "X.", "2017" → "d".</summary>
    public static uint Shape(ReadOnlySpan<char> text)
    {
        var hash = Basis;
        var previous = '\0';
        foreach (var c in text)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (kind != previous)
            {
                hash = (hash ^ kind) * Prime;
                previous = kind;
            }
        }

        return hash;
    }

    public static int Bucket(uint hash, int mask)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash & (uint)mask);
    }
}
