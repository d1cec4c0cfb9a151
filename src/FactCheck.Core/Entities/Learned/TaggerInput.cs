using FactCheck.Core.Entities.Local;

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
            Lower[i] = FeatureHash.Lower(span);
            Shape[i] = FeatureHash.Shape(span);
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

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCandidate[i])
            {
                continue;
            }

            CandidateCount++;
            LexiconFlags[i] = Flags(lexicon, tokens[i]);
            if (i > 0 && tokens[i - 1].IsWord && LexiconFlags[i - 1] == 0)
            {
                LexiconFlags[i - 1] = Flags(lexicon, tokens[i - 1]);
            }

            if (i + 1 < tokens.Count && tokens[i + 1].IsWord)
            {
                LexiconFlags[i + 1] = Flags(lexicon, tokens[i + 1]);
            }

            CommonLevel[i] = commonness is null ? (sbyte)-1 : (sbyte)Math.Clamp(commonness.CommonLevel(tokens[i].Text), 0, 100);
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

    private static int Flags(Lexicon lexicon, in Token token)
    {
        var folded = NameFolding.Fold(token.Text);
        var flags = LexiconFlag.Word;
        flags |= lexicon.GivenNames.Contains(folded) ? LexiconFlag.GivenName : 0;
        flags |= lexicon.AmbiguousGivenNames.Contains(folded) ? LexiconFlag.AmbiguousGivenName : 0;
        flags |= lexicon.Surnames.Contains(folded) ? LexiconFlag.Surname : 0;
        flags |= lexicon.AmbiguousSurnames.Contains(folded) ? LexiconFlag.AmbiguousSurname : 0;
        flags |= lexicon.Titles.Contains(folded) ? LexiconFlag.Title : 0;
        flags |= lexicon.Offices.Contains(folded) ? LexiconFlag.Office : 0;
        flags |= lexicon.RoleWords.Contains(folded) ? LexiconFlag.RoleWord : 0;
        flags |= lexicon.Nationalities.ContainsKey(folded) ? LexiconFlag.Nationality : 0;
        flags |= lexicon.Locations.Contains(folded) ? LexiconFlag.Location : 0;
        flags |= lexicon.AmbiguousLocations.Contains(folded) ? LexiconFlag.AmbiguousLocation : 0;
        flags |= lexicon.Organizations.Contains(folded) ? LexiconFlag.Organization : 0;
        flags |= lexicon.OrganizationKeywords.Contains(folded) ? LexiconFlag.OrganizationKeyword : 0;
        flags |= lexicon.CommonWords.Contains(folded) ? LexiconFlag.CommonWord : 0;
        flags |= lexicon.Particles.Contains(folded) ? LexiconFlag.Particle : 0;
        flags |= lexicon.Affiliations.Contains(folded) ? LexiconFlag.Affiliation : 0;
        flags |= lexicon.PhraseFirstWords.Contains(folded) ? LexiconFlag.PhraseFirstWord : 0;
        return flags;
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
