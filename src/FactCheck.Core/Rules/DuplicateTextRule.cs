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
        var findings = new List<Finding>();
        var flaggedBlocks = new HashSet<int>();
        var seenBlocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var blockWords = BlockWords.Of(context.Document);
        for (var b = 0; b < context.Document.Blocks.Count; b++)
        {
            var block = context.Document.Blocks[b];
            var words = blockWords[b];
            if (words.Count < MinimumWords)
            {
                continue;
            }

            var key = Key(Lowered(words), 0, words.Count);
            if (seenBlocks.TryGetValue(key, out var first))
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
                seenBlocks[key] = b;
            }
        }

        var sentences = SentenceSplitter.Split(context.Document).Where(s => !flaggedBlocks.Contains(s.BlockIndex)).ToArray();
        var seenSentences = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        var shingles = new Dictionary<int, (int Sentence, int Position)>();
        var sentenceWords = new List<IReadOnlyList<Word>>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var words = sentence.Words;
            sentenceWords.Add(words);
            var lowered = Lowered(words);
            var hashes = WordHashes(lowered);
            if (words.Count >= MinimumWords)
            {
                var key = Key(lowered, 0, words.Count);
                if (seenSentences.TryGetValue(key, out var original))
                {
                    findings.Add(new Finding(sentence.ToSpan(), $"this sentence repeats one on line {LineOf(context, original.Offset)} word for word")
                    {
                        Related = [original.ToSpan()],
                        Evidence = [Evidence(words)],
                    });
                    continue;
                }

                seenSentences[key] = sentence;
            }

            if (FindCopiedRun(words, hashes, s, shingles, sentenceWords) is { } run)
            {
                var copied = new TextSpan(words[run.Start].Offset, words[run.Start + run.Length - 1].End - words[run.Start].Offset, string.Empty);
                var sourceWords = sentenceWords[run.SourceSentence];
                var source = new TextSpan(sourceWords[run.SourcePosition].Offset, sourceWords[run.SourcePosition + run.Length - 1].End - sourceWords[run.SourcePosition].Offset, string.Empty);
                findings.Add(new Finding(
                    copied with { Text = text.Substring(copied.Offset, copied.Length) },
                    $"these {run.Length} words repeat a sentence on line {LineOf(context, source.Offset)}")
                {
                    Related = [source with { Text = text.Substring(source.Offset, source.Length) }],
                    Evidence = [Evidence(words.Skip(run.Start).Take(run.Length).ToArray())],
                });
            }

            for (var i = 0; i + MinimumSharedRun <= words.Count; i++)
            {
                shingles.TryAdd(ShingleHash(hashes, i), (s, i));
            }
        }

        return findings;
    }

    private static CopiedRun? FindCopiedRun(
        IReadOnlyList<Word> words,
        int[] hashes,
        int sentence,
        Dictionary<int, (int Sentence, int Position)> shingles,
        List<IReadOnlyList<Word>> sentenceWords)
    {
        CopiedRun? best = null;
        for (var i = 0; i + MinimumSharedRun <= words.Count; i++)
        {
            if (!shingles.TryGetValue(ShingleHash(hashes, i), out var source) || source.Sentence == sentence ||
                !SameWords(words, i, sentenceWords[source.Sentence], source.Position, MinimumSharedRun))
            {
                continue;
            }

            var sourceWords = sentenceWords[source.Sentence];
            var length = MinimumSharedRun;
            while (i + length < words.Count && source.Position + length < sourceWords.Count &&
                   string.Equals(words[i + length].Text, sourceWords[source.Position + length].Text, StringComparison.OrdinalIgnoreCase))
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

    private static string[] Lowered(IReadOnlyList<Word> words)
    {
        var lowered = new string[words.Count];
        for (var i = 0; i < lowered.Length; i++)
        {
            lowered[i] = words[i].Text.ToLowerInvariant();
        }

        return lowered;
    }

    private static string Key(string[] lowered, int start, int count) => string.Join(' ', lowered, start, count);

    // Shingles are looked up by hash (no string per position); a hit is confirmed word by word.
    private static int ShingleHash(int[] wordHashes, int start)
    {
        var hash = 17;
        for (var i = start; i < start + MinimumSharedRun; i++)
        {
            hash = unchecked((hash * 31) + wordHashes[i]);
        }

        return hash;
    }

    private static int[] WordHashes(string[] lowered)
    {
        var hashes = new int[lowered.Length];
        for (var i = 0; i < lowered.Length; i++)
        {
            hashes[i] = StringComparer.Ordinal.GetHashCode(lowered[i]);
        }

        return hashes;
    }

    private static bool SameWords(IReadOnlyList<Word> a, int aStart, IReadOnlyList<Word> b, int bStart, int count)
    {
        if (bStart + count > b.Count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(a[aStart + i].Text, b[bStart + i].Text, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string Evidence(IReadOnlyList<Word> words) => Key(Lowered(words), 0, Math.Min(words.Count, 12));

    private sealed record CopiedRun(int Start, int Length, int SourceSentence, int SourcePosition);
}
