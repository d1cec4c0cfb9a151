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

    public static uint Add(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    public static uint AddLower(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return hash;
    }

    public static uint Lower(ReadOnlySpan<char> text) => AddLower(Basis, text);

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
