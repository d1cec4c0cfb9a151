namespace FactCheck.Core.Names;

/// <summary>
/// Reads a block as a bibliography entry: "Surname, G." or "Surname, Given" first, further authors either way round
/// joined by commas, "&amp;" or "and" (or "et al."), then a year or a title ("Marks, H., &amp; Rice, J. (2016).",
/// "Austen, Jane, and Charlotte Bronte. Letters. 1990."). The shape, not the words, makes the authors people, so
/// everyday-word surnames (Cross, Marks, Baker, Rice) count. Whether a document has a bibliography is the caller's
/// question: one entry-shaped block can be chance.
/// </summary>
internal sealed class BibliographyEntryReader(Lexicon lexicon)
{
    // "García Márquez", "van der Berg": longer runs before the comma are titles or phrases, not surnames.
    private const int MaxSurnameWords = 3;

    // Authors of one entry beyond this are a list of something else.
    private const int MaxEntryAuthors = 20;

    // A place, a body, a nationality or a role is what such a word is, even at the head of a list line.
    private const Lexicon.WordKind NeverInvertedName =
        Lexicon.WordKind.Location | Lexicon.WordKind.Organization | Lexicon.WordKind.Nationality | Lexicon.WordKind.TitleOrOffice;

    private readonly Lexicon _lexicon = lexicon;
    private readonly List<(int Start, int End)> _authors = [];
    private readonly List<int> _givenNames = [];

    /// <summary>The character spans of the last entry's authors: the surname of an inverted author, the whole of a natural one.</summary>
    public IReadOnlyList<(int Start, int End)> Authors => _authors;

    /// <summary>Where the given names of the last entry's inverted authors start ("A. M." of "Cross, A. M.").</summary>
    public IReadOnlyList<int> GivenNames => _givenNames;

    /// <summary>Whether the block's tokens are one entry; if so, <see cref="Authors"/> and <see cref="GivenNames"/> hold its authors.</summary>
    public bool TryRead(List<Token> tokens, string[] folded)
    {
        _authors.Clear();
        _givenNames.Clear();
        // Cheapest first: an entry opens with a capitalized word (or a marker or particle) and has a comma soon after.
        return tokens.Count >= 4 && HasCommaWithin(tokens, MaxSurnameWords + 4) && TryReadEntry(tokens, folded);
    }

    /// <summary>A comma among the first tokens: what every entry has and most sentences lack.</summary>
    private static bool HasCommaWithin(List<Token> tokens, int count)
    {
        for (var i = 1; i < tokens.Count && i <= count; i++)
        {
            if (tokens[i].Is(','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "[3] Surname, G., Surname, G., &amp; G. Surname (YEAR)" and its variants: a first author written surname first, then
    /// further authors either way round joined by commas, "&amp;" or "and", or "et al.", then the year or a title.
    /// </summary>
    private bool TryReadEntry(List<Token> tokens, string[] folded)
    {
        var i = 0;
        if (tokens[0].Is('[') && tokens[1].Kind == TokenKind.Number && tokens[2].Is(']'))
        {
            i = 3;
        }
        else if (tokens[0].Kind == TokenKind.Number && tokens[1].Is('.'))
        {
            i = 2;
        }

        if (!TryReadInvertedAuthor(tokens, folded, ref i))
        {
            return false;
        }

        for (var authors = 1; authors < MaxEntryAuthors && i < tokens.Count; authors++)
        {
            var separator = i;
            if (tokens[i].Is(','))
            {
                i++;
            }

            if (i + 1 < tokens.Count && folded[i] == "et" && folded[i + 1] == "al")
            {
                i += 2;
                if (i < tokens.Count && tokens[i].Is('.'))
                {
                    i++;
                }

                return EndsAuthorList(tokens, i);
            }

            var joined = i < tokens.Count && (tokens[i].Is('&') || folded[i] == "and");
            if (joined)
            {
                i++;
            }
            else if (i == separator)
            {
                break;
            }

            if (TryReadInvertedAuthor(tokens, folded, ref i) || TryReadNaturalAuthor(tokens, folded, ref i))
            {
                continue;
            }

            if (joined)
            {
                // "Smith, Jones, and Brown said": after "and" only an author may follow.
                return false;
            }

            i = separator;
            break;
        }

        return EndsAuthorList(tokens, i);
    }

    /// <summary>"Marks, H. M.", "Austen, Jane", "van Dijk, T. A.": the surname's span is the person's (the given name after the comma is not).</summary>
    private bool TryReadInvertedAuthor(List<Token> tokens, string[] folded, ref int i)
    {
        var start = i;
        var end = i;
        while (end < tokens.Count && end - start < MaxSurnameWords && IsSurnameWord(tokens, folded, end))
        {
            end++;
        }

        if (end == start || end + 1 >= tokens.Count || !tokens[end].Is(',') || !tokens[end - 1].IsCapitalized)
        {
            return false;
        }

        var first = tokens[start];
        var given = end + 1;
        // "WASHINGTON, D.C.", "Paris, France", "Ministry, Health": a dateline, a place or a body. A keyword before
        // initials is a surname all the same ("Cross, A. M.").
        if (first.IsAllCaps || (_lexicon.KindsOf(folded[start]) & NeverInvertedName) != 0 ||
            (_lexicon.OrganizationKeywords.Contains(folded[end - 1]) && !IsInitialsToken(tokens[given])))
        {
            return false;
        }

        var afterGiven = ReadGivenNames(tokens, folded, given);
        if (afterGiven == given)
        {
            return false;
        }

        _authors.Add((first.Start, tokens[end - 1].End));
        _givenNames.Add(tokens[given].Start);
        i = afterGiven;
        return true;
    }

    /// <summary>"Charlotte Bronte", "J. R. Tolkien", "Mary E. Rice": given names or initials, then a surname.</summary>
    private bool TryReadNaturalAuthor(List<Token> tokens, string[] folded, ref int i)
    {
        var afterGiven = ReadGivenNames(tokens, folded, i);
        if (afterGiven == i)
        {
            return false;
        }

        // The given names read greedily took the surname too ("Charlotte Bronte"): give the last word back.
        var end = afterGiven;
        var surnameStart = end;
        while (surnameStart > i && IsSurnameWord(tokens, folded, surnameStart - 1) && tokens[surnameStart - 1].IsCapitalized && !tokens[surnameStart - 1].IsInitial)
        {
            surnameStart--;
        }

        if (surnameStart == end)
        {
            // Only initials so far: the surname follows them.
            while (end < tokens.Count && end - afterGiven < MaxSurnameWords && IsSurnameWord(tokens, folded, end))
            {
                end++;
            }

            if (end == afterGiven || !tokens[end - 1].IsCapitalized)
            {
                return false;
            }
        }
        else if (surnameStart == i)
        {
            // Two words at least: one word alone ("and Brown") is no full name.
            if (end - i < 2)
            {
                return false;
            }
        }

        for (var w = i; w < end; w++)
        {
            if ((_lexicon.KindsOf(folded[w]) & NeverInvertedName) != 0 || _lexicon.OrganizationKeywords.Contains(folded[w]))
            {
                return false;
            }
        }

        _authors.Add((tokens[i].Start, tokens[end - 1].End));
        i = end;
        return true;
    }

    /// <summary>The index after the given names or initials at <paramref name="i"/> ("Jane", "H. M.", "J.-P.", "Mary E."), or <paramref name="i"/>.</summary>
    private int ReadGivenNames(List<Token> tokens, string[] folded, int i)
    {
        var words = 0;
        var initials = false;
        while (i < tokens.Count && words < MaxSurnameWords)
        {
            var token = tokens[i];
            if (IsInitialsToken(token))
            {
                i++;
                words++;
                initials = true;
                // "J.-P.": a hyphen between initials.
                if (i + 1 < tokens.Count && tokens[i].Is('-') && IsInitialsToken(tokens[i + 1]))
                {
                    i += 2;
                }

                continue;
            }

            // Given names come before initials ("Mary E."); a word after them is a surname or a title.
            if (initials || !token.IsWord || !token.IsCapitalized || token.IsAllCaps || token.IsAbbreviation ||
                (_lexicon.KindsOf(folded[i]) & NeverInvertedName) != 0 || _lexicon.OrganizationKeywords.Contains(folded[i]))
            {
                break;
            }

            i++;
            words++;
        }

        return i;
    }

    private bool IsSurnameWord(List<Token> tokens, string[] folded, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || token.IsInitial || token.IsAbbreviation || token.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        // "van Dijk", "de la Cruz": a particle before a capitalized word.
        return token.IsCapitalized ||
               (_lexicon.Particles.Contains(folded[i]) && i + 1 < tokens.Count && tokens[i + 1].IsWord);
    }

    /// <summary>"H.", "R.R.": initials of a given name, each a capital and its period.</summary>
    private static bool IsInitialsToken(Token token)
    {
        if (token.IsInitial)
        {
            return true;
        }

        if (!token.IsAbbreviation || token.Length < 4 || token.Length % 2 != 0)
        {
            return false;
        }

        for (var c = 0; c < token.Length; c += 2)
        {
            if (!char.IsUpper(token.Text[c]) || token.Text[c + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// After the authors: "(YEAR" or "(n.d.)", a year after a period or comma ("Marks, H. 2001."), or a title that a
    /// year follows later in the block ("Austen, Jane. Letters. London, 1990.").
    /// </summary>
    private static bool EndsAuthorList(List<Token> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return false;
        }

        if (tokens[i].Is('('))
        {
            // "(n.d.)": no date, tokenized "n" "." "d".
            return IsEntryYear(tokens, i + 1) || (i + 3 < tokens.Count && tokens[i + 1].Text == "n" && tokens[i + 2].Is('.') && tokens[i + 3].Text == "d");
        }

        var afterPeriod = tokens[i - 1].IsAbbreviation && tokens[i - 1].Text.EndsWith('.');
        if (tokens[i].Is('.') || tokens[i].Is(','))
        {
            i++;
            afterPeriod = true;
        }

        if (!afterPeriod || i >= tokens.Count)
        {
            return false;
        }

        if (IsEntryYear(tokens, i))
        {
            return true;
        }

        if (!(tokens[i].IsWord && tokens[i].IsCapitalized) && tokens[i].Text is not ("\"" or "“" or "'" or "‘"))
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (IsEntryYear(tokens, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEntryYear(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 4 &&
        int.TryParse(tokens[i].Text, out var year) && year is >= 1500 and <= 2100;
}
