using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactCheck.Core.Names;

/// <summary>
/// How common a word is in general English, as an ordinary lower-case word and as a capitalized word or proper
/// name, from the SCOWL word lists (see <c>Names/Lexicon/english-dictionary.NOTICE.md</c>). Levels are SCOWL
/// size levels: 10 is the most common words, 70 the rarest ordinary words kept, 80 the rarest names kept; 0 means
/// absent. Lookups fold the word as <see cref="NameFolding"/> does, so case, apostrophes and diacritics do not
/// matter ("However", "however", "Café" and "cafe" are one word each).
/// </summary>
/// <remarks>
/// SCOWL lists inflected forms ("officials", "ministers", "gated") itself, so there is no stemming here. Words
/// that fold to more than one part ("well-known") are not entries and report 0.
/// </remarks>
public sealed class EnglishDictionary
{
    private const string ResourceName = "FactCheck.Core.Lexicon.english-dictionary.tsv";

    private static readonly Lazy<EnglishDictionary> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // A slot holds an entry's index + 1 in its low bits and 8 bits of the key's hash above them, so a probe that
    // meets another key's slot almost never has to compare the keys.
    private const int SlotIndexBits = 24;
    private const int SlotIndexMask = (1 << SlotIndexBits) - 1;

    // 180k entries: ASCII keys packed into one byte array, about 2.5 MB, instead of 180k strings (several times
    // that, and slower to build). An open-addressing table of 2 MB finds a key in one or two probes: the recognizer
    // asks about most capitalized tokens, and a binary search touched 18 cache lines each time.
    private readonly byte[] _keys;
    private readonly int[] _keyStarts;
    private readonly byte[] _commonLevels;
    private readonly byte[] _properLevels;
    private readonly int _longestKey;
    private readonly int[] _slots;
    private readonly int _slotShift;

    private EnglishDictionary(byte[] keys, int[] keyStarts, byte[] commonLevels, byte[] properLevels)
    {
        _keys = keys;
        _keyStarts = keyStarts;
        _commonLevels = commonLevels;
        _properLevels = properLevels;
        if (Count > SlotIndexMask - 1)
        {
            throw new InvalidDataException($"english-dictionary has {Count} entries; at most {SlotIndexMask - 1} fit its table.");
        }

        var slotCount = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Count * 2));
        _slots = new int[slotCount];
        _slotShift = 32 - BitOperations.Log2((uint)slotCount);
        for (var i = 0; i < Count; i++)
        {
            var key = Key(i);
            _longestKey = Math.Max(_longestKey, key.Length);
            var hash = Hash(key);
            var slot = (int)(hash >> _slotShift);
            while (_slots[slot] != 0)
            {
                if (Key((_slots[slot] & SlotIndexMask) - 1).SequenceEqual(key))
                {
                    // The first of two equal keys wins, as it did in resource order.
                    break;
                }

                slot = (slot + 1) & (slotCount - 1);
            }

            if (_slots[slot] == 0)
            {
                _slots[slot] = Tag(hash) | (i + 1);
            }
        }
    }

    /// <summary>The dictionary built from the embedded SCOWL resource, loaded on first use.</summary>
    public static EnglishDictionary Shared => Instance.Value;

    internal int Count => _commonLevels.Length;

    /// <summary>The SCOWL level at which <paramref name="word"/> is an ordinary lower-case word; 0 when it is not one.</summary>
    public int CommonLevel(string word) => Find(word) is var i and >= 0 ? _commonLevels[i] : 0;

    /// <summary>The SCOWL level at which <paramref name="word"/> is a capitalized word or proper name; 0 when it is not one.</summary>
    public int ProperLevel(string word) => Find(word) is var i and >= 0 ? _properLevels[i] : 0;

    /// <summary>Whether <paramref name="word"/> is an ordinary English word at SCOWL level <paramref name="maxLevel"/> or more common.</summary>
    public bool IsOrdinaryWord(string word, int maxLevel = 50) => IsOrdinaryFoldedWord(NameFolding.Fold(word), maxLevel);

    /// <summary>Reads the resource format, <c>word TAB common TAB proper</c> per line with <c>-</c> for absent, for tests.</summary>
    /// <remarks>
    /// Runs once over 180k lines at start-up, before tiered compilation would promote it: optimising it at once
    /// halves the load time (about 10 ms instead of 20).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static EnglishDictionary Parse(byte[] data)
    {
        // Keys are moved to the front of the buffer as they are read: a key never starts before its own line.
        var capacity = data.AsSpan().Count((byte)'\n') + 1;
        var keyStarts = new int[capacity + 1];
        var common = new byte[capacity];
        var proper = new byte[capacity];
        var count = 0;
        var written = 0;
        var position = 0;
        var lineNumber = 0;
        while (position < data.Length)
        {
            lineNumber++;
            var lineLength = data.AsSpan(position).IndexOf((byte)'\n');
            if (lineLength < 0)
            {
                lineLength = data.Length - position;
            }

            var line = data.AsSpan(position, lineLength).TrimEnd((byte)'\r');
            position += lineLength + 1;
            if (line.IsEmpty || line[0] == (byte)'#')
            {
                continue;
            }

            var firstTab = line.IndexOf((byte)'\t');
            var secondTab = firstTab < 0 ? -1 : line[(firstTab + 1)..].IndexOf((byte)'\t');
            if (firstTab <= 0 || secondTab < 0)
            {
                throw new InvalidDataException($"english-dictionary line {lineNumber} does not have three columns.");
            }

            line[..firstTab].CopyTo(data.AsSpan(written));
            written += firstTab;
            common[count] = ParseLevel(line.Slice(firstTab + 1, secondTab));
            proper[count] = ParseLevel(line[(firstTab + secondTab + 2)..]);
            keyStarts[++count] = written;
        }

        return new EnglishDictionary(data[..written], keyStarts[..(count + 1)], common[..count], proper[..count]);
    }

    /// <summary>The keys in resource order, for tests of the resource.</summary>
    internal IEnumerable<string> Keys()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Encoding.ASCII.GetString(Key(i));
        }
    }

    private static EnglishDictionary Load()
    {
        using var stream = typeof(EnglishDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Parse(data);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte ParseLevel(ReadOnlySpan<byte> field)
    {
        if (field.SequenceEqual("-"u8))
        {
            return 0;
        }

        var level = 0;
        foreach (var b in field)
        {
            if (b is < (byte)'0' or > (byte)'9' || (level = (level * 10) + (b - '0')) > byte.MaxValue)
            {
                throw new InvalidDataException($"english-dictionary level '{Encoding.ASCII.GetString(field)}' is not a number up to 255.");
            }
        }

        return (byte)level;
    }

    private ReadOnlySpan<byte> Key(int index) => _keys.AsSpan(_keyStarts[index], _keyStarts[index + 1] - _keyStarts[index]);

    /// <summary>As <see cref="IsOrdinaryWord"/> for a word already folded by <see cref="NameFolding.Fold"/>: the
    /// recognizer asks about every capitalized token, and folding again would cost more than the lookup.</summary>
    internal bool IsOrdinaryFoldedWord(string folded, int maxLevel) => FindFolded(folded) is var i and >= 0 && _commonLevels[i] is var level && level > 0 && level <= maxLevel;

    private int Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return FindFolded(NameFolding.Fold(word));
    }

    private int FindFolded(string folded)
    {
        if (folded.Length == 0 || folded.Length > _longestKey)
        {
            return -1;
        }

        Span<byte> key = stackalloc byte[folded.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            // Folding yields ASCII letters, digits and spaces; a space means several words, never one entry.
            if (folded[i] is > '\x7f' or ' ')
            {
                return -1;
            }

            key[i] = (byte)folded[i];
        }

        var hash = Hash(key);
        var tag = Tag(hash);
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash >> _slotShift); _slots[slot] is var entry && entry != 0; slot = (slot + 1) & mask)
        {
            if ((entry & ~SlotIndexMask) == tag && Key((entry & SlotIndexMask) - 1).SequenceEqual(key))
            {
                return (entry & SlotIndexMask) - 1;
            }
        }

        return -1;
    }

    /// <summary>FNV-1a, spread over the high bits by a Fibonacci multiply: the table is indexed by the top bits.</summary>
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash * 2654435769u;
    }

    private static int Tag(uint hash) => (int)(hash & 0xFF) << SlotIndexBits;
}
