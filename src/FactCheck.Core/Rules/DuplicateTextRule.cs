using FactCheck.Core.Model;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Flags a paragraph or sentence that repeats an earlier one (case and white space ignored), and a long run of words
/// copied from an earlier sentence into a later one: the marks of a pasted headline, standfirst or paragraph.
/// </summary>
public sealed class DuplicateTextRule : IRule
{
    public static RuleDescriptor Info { get; } = new(
        "duplicate-text",
        "Repeated text",
        Severity.Info,
        "A paragraph or sentence appears twice (the headline or standfirst pasted into the body counts), or a long run of words is repeated.");

    /// <summary>Shorter sentences repeat by nature ("He declined to comment.") and are not reported.</summary>
    public const int MinimumWords = 6;

    /// <summary>
    /// Words two different sentences must share in a row to count as a copy. Ten words in the same order almost
    /// never recur by chance in one news article; boiler-plate names are shorter.
    /// </summary>
    public const int MinimumSharedRun = 10;

    public RuleDescriptor Descriptor => Info;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var text = context.Text;
        var index = context.TextIndex;
        var findings = new List<Finding>();
        var flaggedBlocks = new HashSet<int>();
        var seenBlocks = new SeenRuns(context.Document.Blocks.Count);
        for (var b = 0; b < context.Document.Blocks.Count; b++)
        {
            var block = context.Document.Blocks[b];
            var words = index.BlockWords(b);
            if (words.Count < MinimumWords)
            {
                continue;
            }

            var key = RunKey(words);
            var first = seenBlocks.FindSame(key, words, index.BlockWords);
            if (first >= 0)
            {
                var original = context.Document.Blocks[first];
                findings.Add(new Finding(
                    new TextSpan(block.Start, block.Length, text.Substring(block.Start, block.Length)),
                    $"this paragraph repeats line {LineOf(context, original.Start)} word for word")
                {
                    Related = [new TextSpan(original.Start, original.Length, text.Substring(original.Start, original.Length))],
                    Evidence = [Evidence(words)],
                });
                flaggedBlocks.Add(b);
            }
            else
            {
                seenBlocks.Remember(key, b);
            }
        }

        var sentences = index.Sentences.Where(s => !flaggedBlocks.Contains(s.BlockIndex)).ToArray();
        var seenSentences = new SeenRuns(sentences.Length);
        using var shingles = new ShingleTable(sentences.Sum(s => Math.Max(0, s.Words.Count - MinimumSharedRun + 1)));
        var shingleKeys = new int[64];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var words = sentence.Words;
            var shingleCount = Math.Max(0, words.Count - MinimumSharedRun + 1);
            if (shingleKeys.Length < shingleCount)
            {
                shingleKeys = new int[shingleCount * 2];
            }

            ShingleKeys(words, shingleKeys.AsSpan(0, shingleCount));

            if (words.Count >= MinimumWords)
            {
                var key = RunKey(words);
                var first = seenSentences.FindSame(key, words, i => sentences[i].Words);
                if (first >= 0)
                {
                    var original = sentences[first];
                    findings.Add(new Finding(sentence.ToSpan(), $"this sentence repeats one on line {LineOf(context, original.Offset)} word for word")
                    {
                        Related = [original.ToSpan()],
                        Evidence = [Evidence(words)],
                    });
                    continue;
                }

                seenSentences.Remember(key, s);
            }

            if (FindCopiedRun(words, shingleKeys.AsSpan(0, shingleCount), s, shingles, sentences) is { } run)
            {
                var sourceWords = sentences[run.SourceSentence].Words;
                var copied = Span(text, words[run.Start], words[run.Start + run.Length - 1]);
                var source = Span(text, sourceWords[run.SourcePosition], sourceWords[run.SourcePosition + run.Length - 1]);
                findings.Add(new Finding(copied, $"these {run.Length} words repeat a sentence on line {LineOf(context, source.Offset)}")
                {
                    Related = [source],
                    Evidence = [Evidence(words.Slice(run.Start, run.Length))],
                });
            }

            for (var i = 0; i < shingleCount; i++)
            {
                shingles.TryAdd(shingleKeys[i], s, i);
            }
        }

        return findings;
    }

    private static CopiedRun? FindCopiedRun(
        ArraySegment<Word> words,
        ReadOnlySpan<int> shingleKeys,
        int sentence,
        ShingleTable shingles,
        Sentence[] sentences)
    {
        CopiedRun? best = null;
        for (var i = 0; i < shingleKeys.Length; i++)
        {
            if (!shingles.TryGetValue(shingleKeys[i], out var source) || source.Sentence == sentence)
            {
                continue;
            }

            var sourceWords = sentences[source.Sentence].Words;
            if (source.Position + MinimumSharedRun > sourceWords.Count ||
                !SameWords(words.Slice(i, MinimumSharedRun), sourceWords.Slice(source.Position, MinimumSharedRun)))
            {
                continue;
            }

            var length = MinimumSharedRun;
            while (i + length < words.Count && source.Position + length < sourceWords.Count &&
                   words[i + length].SameAs(sourceWords[source.Position + length]))
            {
                length++;
            }

            if (best is null || length > best.Length)
            {
                best = new CopiedRun(i, length, source.Sentence, source.Position);
            }

            i += length - 1;
        }

        return best;
    }

    private static int LineOf(RuleContext context, int offset) => context.Document.PositionOf(offset).Line;

    private static TextSpan Span(string text, Word first, Word last) =>
        new(first.Offset, last.End - first.Offset, text.Substring(first.Offset, last.End - first.Offset));

    /// <summary>A case-insensitive hash of a run of words; a hit is confirmed word by word.</summary>
    private static int RunKey(ArraySegment<Word> words)
    {
        var hash = 17;
        foreach (var word in words)
        {
            hash = unchecked((hash * 31) + word.Key);
        }

        return hash;
    }

    // 31^(MinimumSharedRun - 1) in the same wrapping arithmetic as the hash: what the word leaving the window contributed.
    private static readonly int ShingleDrop = Enumerable.Repeat(31, MinimumSharedRun - 1).Aggregate(1, (power, factor) => unchecked(power * factor));

    /// <summary>
    /// The hash of every run of <see cref="MinimumSharedRun"/> words, rolled along the sentence (one multiply per
    /// word, not one per word and position); a hit is confirmed word by word.
    /// </summary>
    private static void ShingleKeys(ArraySegment<Word> words, Span<int> keys)
    {
        if (keys.Length == 0)
        {
            return;
        }

        var hash = 0;
        for (var i = 0; i < MinimumSharedRun; i++)
        {
            hash = unchecked((hash * 31) + words[i].Key);
        }

        keys[0] = hash;
        for (var i = 1; i < keys.Length; i++)
        {
            hash = unchecked(((hash - (words[i - 1].Key * ShingleDrop)) * 31) + words[i + MinimumSharedRun - 1].Key);
            keys[i] = hash;
        }
    }

    private static bool SameWords(ArraySegment<Word> a, ArraySegment<Word> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].SameAs(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Evidence(ArraySegment<Word> words) =>
        string.Join(' ', words.Take(12).Select(w => w.Text.ToLowerInvariant()));

    /// <summary>Runs of words (blocks or sentences, by number) seen so far, found by key and confirmed word by word.</summary>
    private sealed class SeenRuns(int count)
    {
        private readonly Dictionary<int, int> _latestByKey = [];
        private readonly int[] _previousWithKey = new int[count];

        /// <summary>The earliest run seen with the same words, or -1.</summary>
        public int FindSame(int key, ArraySegment<Word> words, Func<int, ArraySegment<Word>> wordsOf)
        {
            var found = -1;
            for (var run = _latestByKey.GetValueOrDefault(key, -1); run >= 0; run = _previousWithKey[run])
            {
                if (SameWords(words, wordsOf(run)))
                {
                    found = run;
                }
            }

            return found;
        }

        public void Remember(int key, int run)
        {
            _previousWithKey[run] = _latestByKey.GetValueOrDefault(key, -1);
            _latestByKey[key] = run;
        }
    }

    /// <summary>
    /// The first place each shingle hash was seen: an open-addressing table in pooled memory, because a
    /// dictionary entry per word position was most of this rule's allocation.
    /// </summary>
    private sealed class ShingleTable : IDisposable
    {
        private readonly Slot[] _slots;
        private readonly int _shift;
        private readonly int _mask;

        public ShingleTable(int capacity)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _slots = System.Buffers.ArrayPool<Slot>.Shared.Rent(size);
            Array.Clear(_slots, 0, size);
            _mask = size - 1;
            _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        }

        public void TryAdd(int key, int sentence, int position)
        {
            var i = SlotOf(key);
            while (_slots[i].IsUsed)
            {
                if (_slots[i].Key == key)
                {
                    return;
                }

                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot(key, sentence + 1, position);
        }

        public bool TryGetValue(int key, out (int Sentence, int Position) value)
        {
            for (var i = SlotOf(key); _slots[i].IsUsed; i = (i + 1) & _mask)
            {
                if (_slots[i].Key == key)
                {
                    value = (_slots[i].SentencePlusOne - 1, _slots[i].Position);
                    return true;
                }
            }

            value = default;
            return false;
        }

        public void Dispose() => System.Buffers.ArrayPool<Slot>.Shared.Return(_slots);

        // Fibonacci hashing spreads polynomial hashes, whose low bits are poor, over the table.
        private int SlotOf(int key) => (int)(unchecked((uint)key * 2654435769u) >> _shift);

        private readonly record struct Slot(int Key, int SentencePlusOne, int Position)
        {
            public bool IsUsed => SentencePlusOne != 0;
        }
    }

    private sealed record CopiedRun(int Start, int Length, int SourceSentence, int SourcePosition);
}
