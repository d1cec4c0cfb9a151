namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// The feature templates of the person tagger, as hashed bucket indices. Static features depend on the text (and,
/// in the second pass, on the document memory); transition features on the previous tag.
/// </summary>
internal static class PersonFeatures
{
    /// <summary>Enough for every template at once; the buffers are stack-allocated per token.</summary>
    public const int MaxStatic = 96;

    public const int MaxTransition = 4;

    private const uint Boundary = 0x9E3779B9;

    private enum Template
    {
        Bias = 1,
        Lower,
        Shape,
        Prefix,
        Suffix = Prefix + 8,
        AllCaps = Suffix + 8,
        SentenceInitial,
        AfterLineBreak,
        Initial,
        Abbreviation,
        SentenceInitialLexicon,
        ContextLower,
        ContextShape = ContextLower + 8,
        Lexicon = ContextShape + 8,
        PreviousLexicon = Lexicon + 32,
        NextLexicon = PreviousLexicon + 32,
        Run = NextLexicon + 32,
        Common,
        SentenceInitialCommon,
        PreviousLowerShape,
        Memory,
        MemoryPrevious,
        MemoryNext,
        MemoryShape,
        SeenInDocument,
        PreviousTag,
        PreviousTagShape,
        PreviousTagLexicon,
    }

    public static int Static(TaggerInput input, int i, Span<int> buckets, int mask, bool withoutIdentity = false)
    {
        var n = 0;
        var tokens = input.Tokens;
        var token = tokens[i];
        var text = input.Text.AsSpan(token.Start, token.Length);
        var shape = input.Shape[i];
        buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Bias), mask);
        buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Shape, shape), mask);
        if (!withoutIdentity)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Lower, input.Lower[i]), mask);
        }

        for (var k = 1; k <= 4 && k <= text.Length && !withoutIdentity; k++)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.AddLower(FeatureHash.Of((int)Template.Prefix + k), text[..k]), mask);
            buckets[n++] = FeatureHash.Bucket(FeatureHash.AddLower(FeatureHash.Of((int)Template.Suffix + k), text[^k..]), mask);
        }

        if (token.IsAllCaps)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.AllCaps), mask);
        }

        var flags = input.LexiconFlags[i];
        if (token.StartsSentence)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.SentenceInitial), mask);
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.SentenceInitialLexicon, (uint)flags), mask);
        }

        if (token.AfterLineBreak)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.AfterLineBreak), mask);
        }

        if (token.IsInitial)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Initial), mask);
        }

        if (token.IsAbbreviation)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Abbreviation), mask);
        }

        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            var j = i + offset;
            var slot = offset + 2;
            var inside = j >= 0 && j < tokens.Count;
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.ContextLower + slot, inside ? input.Lower[j] : Boundary), mask);
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.ContextShape + slot, inside ? input.Shape[j] : Boundary), mask);
        }

        if (i > 0)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.PreviousLowerShape, input.Lower[i - 1], shape), mask);
        }

        n = AddFlagBits(Template.Lexicon, flags, buckets, n, mask);
        n = AddFlagBits(Template.PreviousLexicon, i > 0 ? input.LexiconFlags[i - 1] : 0, buckets, n, mask);
        n = AddFlagBits(Template.NextLexicon, i + 1 < tokens.Count ? input.LexiconFlags[i + 1] : 0, buckets, n, mask);
        buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Run, input.RunLength[i], input.RunPosition[i]), mask);

        buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.SeenInDocument, input.SeenInDocument[i], token.StartsSentence ? 1u : 0u), mask);
        var common = input.CommonLevel[i];
        if (common >= 0)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Common, (uint)common), mask);
            if (token.StartsSentence)
            {
                buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.SentenceInitialCommon, (uint)common), mask);
            }
        }

        return n;
    }

    /// <summary>The second pass's features: which of this and the neighbouring words the first pass tagged as names.</summary>
    public static int Memory(TaggerInput input, int i, HashSet<uint> memory, Span<int> buckets, int mask)
    {
        var n = 0;
        var tokens = input.Tokens;
        var shape = input.Shape[i];
        var token = tokens[i];
        if (memory.Contains(input.Lower[i]))
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.Memory), mask);
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.MemoryShape, shape, token.StartsSentence ? 1u : 0u), mask);
        }

        if (i > 0 && input.IsCandidate[i - 1] && memory.Contains(input.Lower[i - 1]))
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.MemoryPrevious), mask);
        }

        if (i + 1 < tokens.Count && input.IsCandidate[i + 1] && memory.Contains(input.Lower[i + 1]))
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)Template.MemoryNext), mask);
        }

        return n;
    }

    public static int Transition(TaggerInput input, int i, PersonTag previous, Span<int> buckets, int mask)
    {
        const int nameListBits = LexiconFlag.GivenName | LexiconFlag.Surname | LexiconFlag.Title | LexiconFlag.CommonWord;
        var tag = (uint)previous;
        buckets[0] = FeatureHash.Bucket(FeatureHash.Of((int)Template.PreviousTag, tag), mask);
        buckets[1] = FeatureHash.Bucket(FeatureHash.Of((int)Template.PreviousTagShape, tag, input.Shape[i]), mask);
        buckets[2] = FeatureHash.Bucket(FeatureHash.Of((int)Template.PreviousTagLexicon, tag, (uint)(input.LexiconFlags[i] & nameListBits)), mask);
        return 3;
    }

    private static int AddFlagBits(Template template, int flags, Span<int> buckets, int n, int mask)
    {
        if (flags == 0)
        {
            buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)template), mask);
            return n;
        }

        for (var bit = 1; bit < LexiconFlag.Count; bit++)
        {
            if ((flags & (1 << bit)) != 0)
            {
                buckets[n++] = FeatureHash.Bucket(FeatureHash.Of((int)template + bit), mask);
            }
        }

        return n;
    }
}
