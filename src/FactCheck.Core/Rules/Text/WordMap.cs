namespace FactCheck.Core.Rules.Text;

/// <summary>Words mapped to values, found case-insensitively by a <see cref="Word"/> (by its key, then its letters).</summary>
public sealed class WordMap<TValue>
{
    private readonly Dictionary<int, (string Word, TValue Value)[]> _byKey = [];

    // One bit per key slot: most words of a text are in no list, and one bit test turns them away before a hash lookup.
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    public WordMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (word, value) in entries)
        {
            var key = WordKey.Of(word);
            var bucket = _byKey.GetValueOrDefault(key) ?? [];
            if (!bucket.Any(e => e.Word.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                _byKey[key] = [.. bucket, (word, value)];
                Count++;
            }
        }

        var bits = (int)Math.Max(1024, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, Count) * 16));
        _filter = new ulong[bits / 64];
        _filterMask = bits - 1;
        foreach (var key in _byKey.Keys)
        {
            _filter[(key & _filterMask) >> 6] |= 1UL << (key & 63);
        }
    }

    public int Count { get; }

    public bool TryGetValue(Word word, out TValue value)
    {
        if (!MightContain(word.Key))
        {
            value = default!;
            return false;
        }

        return TryGetValue(word.Key, word.Span, out value);
    }

    /// <summary>False when no listed word has this key; true says only "look closer".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MightContain(int key) => (_filter[(key & _filterMask) >> 6] & (1UL << (key & 63))) != 0;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(WordKey.Of(word), word, out value);

    public bool ContainsKey(Word word) => TryGetValue(word, out _);

    private bool TryGetValue(int key, ReadOnlySpan<char> word, out TValue value)
    {
        if (MightContain(key) && _byKey.TryGetValue(key, out var bucket))
        {
            foreach (var entry in bucket)
            {
                if (word.Equals(entry.Word, StringComparison.OrdinalIgnoreCase))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
