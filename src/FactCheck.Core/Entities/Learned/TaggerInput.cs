using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// One text made ready for tagging: its tokens, and per token the hashes and flags every feature reads, computed
/// once so that scoring a token only looks values up.
/// </summary>
internal sealed class TaggerInput
{
    private TaggerInput(string text, List<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        Lower = new uint[tokens.Count];
        Shape = new uint[tokens.Count];
        IsCandidate = new bool[tokens.Count];
        LexiconFlags = new int[tokens.Count];
        RunLength = new byte[tokens.Count];
        RunPosition = new byte[tokens.Count];
        CommonLevel = new sbyte[tokens.Count];
        SeenInDocument = new byte[tokens.Count];
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public uint[] Lower { get; }

    public uint[] Shape { get; }

    /// <summary>Tokens that could start or continue a name; all others are Outside without being scored.</summary>
    public bool[] IsCandidate { get; }

    public int[] LexiconFlags { get; }

    public byte[] RunLength { get; }

    /// <summary>0 alone, 1 first, 2 inside, 3 last in its run of candidate tokens.</summary>
    public byte[] RunPosition { get; }

    /// <summary>The commonness level of each candidate, or -1 when no commonness source is configured.</summary>
    public sbyte[] CommonLevel { get; }

    /// <summary>
    /// How a candidate's word occurs elsewhere in the text: bit 1 also in lower case (a common word), bit 2 also
    /// capitalized inside a sentence (a proper noun). Sentence-initial words need this most.
    /// </summary>
    public byte[] SeenInDocument { get; }

    public int CandidateCount { get; private set; }

    public static TaggerInput Prepare(string text, Lexicon lexicon, IWordCommonness? commonness)
    {
        var input = new TaggerInput(text, Tokenizer.Tokenize(text, 0, text.Length));
        input.Compute(lexicon, commonness);
        return input;
    }

    private void Compute(Lexicon lexicon, IWordCommonness? commonness)
    {
        var tokens = Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = Text.AsSpan(tokens[i].Start, tokens[i].Length);
            (Lower[i], Shape[i]) = FeatureHash.LowerAndShape(span);
            IsCandidate[i] = tokens[i].IsWord && tokens[i].IsCapitalized;
        }

        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            // "Ursula von der Leyen", "Charles de Gaulle": lower-case particles only count inside a capitalized run.
            if (!IsCandidate[i] && tokens[i].IsWord && IsCandidate[i - 1] && tokens[i].Length <= 4 &&
                lexicon.Particles.Contains(tokens[i].Text) &&
                (IsCandidate[i + 1] || (i + 2 < tokens.Count && tokens[i + 1].IsWord && IsCandidate[i + 2] &&
                                        lexicon.Particles.Contains(tokens[i + 1].Text))))
            {
                IsCandidate[i] = true;
            }
        }

        var table = LexiconFlagTable.For(lexicon);
        int Flags(in Token token) => table.Flags(token.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCandidate[i])
            {
                continue;
            }

            CandidateCount++;
            LexiconFlags[i] = Flags(tokens[i]);
            if (i > 0 && tokens[i - 1].IsWord && LexiconFlags[i - 1] == 0)
            {
                LexiconFlags[i - 1] = Flags(tokens[i - 1]);
            }

            if (i + 1 < tokens.Count && tokens[i + 1].IsWord)
            {
                LexiconFlags[i + 1] = Flags(tokens[i + 1]);
            }

            CommonLevel[i] = commonness is null ? (sbyte)-1 : (sbyte)Math.Clamp(commonness.CommonLevel(tokens[i].Text), 0, 100);
        }

        // Keyed by the candidates' words only: a small table to probe, where a set of every lower-case word would
        // grow with the text.
        var seen = new Dictionary<uint, (bool LowerCase, int CapitalizedInside)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCandidate[i])
            {
                var entry = seen.GetValueOrDefault(Lower[i]);
                seen[Lower[i]] = tokens[i].StartsSentence ? entry : entry with { CapitalizedInside = entry.CapitalizedInside + 1 };
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCandidate[i] && tokens[i].IsWord && seen.TryGetValue(Lower[i], out var entry) && !entry.LowerCase)
            {
                seen[Lower[i]] = entry with { LowerCase = true };
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCandidate[i])
            {
                var entry = seen[Lower[i]];

                // A mid-sentence capitalized word trivially sees itself; only another occurrence is evidence.
                var others = entry.CapitalizedInside - (tokens[i].StartsSentence ? 0 : 1);
                SeenInDocument[i] = (byte)((entry.LowerCase ? 1 : 0) | (others > 0 ? 2 : 0));
            }
        }

        var start = 0;
        while (start < tokens.Count)
        {
            if (!IsCandidate[start])
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < tokens.Count && IsCandidate[end + 1])
            {
                end++;
            }

            var length = (byte)Math.Min(end - start + 1, 4);
            for (var i = start; i <= end; i++)
            {
                RunLength[i] = length;
                RunPosition[i] = (byte)(start == end ? 0 : i == start ? 1 : i == end ? 3 : 2);
            }

            start = end + 1;
        }
    }
}

/// <summary>Bits of <see cref="TaggerInput.LexiconFlags"/>: which name lists a word is in.</summary>
internal static class LexiconFlag
{
    public const int Word = 1;
    public const int GivenName = 1 << 1;
    public const int AmbiguousGivenName = 1 << 2;
    public const int Surname = 1 << 3;
    public const int AmbiguousSurname = 1 << 4;
    public const int Title = 1 << 5;
    public const int Office = 1 << 6;
    public const int RoleWord = 1 << 7;
    public const int Nationality = 1 << 8;
    public const int Location = 1 << 9;
    public const int AmbiguousLocation = 1 << 10;
    public const int Organization = 1 << 11;
    public const int OrganizationKeyword = 1 << 12;
    public const int CommonWord = 1 << 13;
    public const int Particle = 1 << 14;
    public const int Affiliation = 1 << 15;
    public const int PhraseFirstWord = 1 << 16;
    public const int Count = 17;
}
