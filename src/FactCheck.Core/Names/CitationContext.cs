namespace FactCheck.Core.Names;

/// <summary>
/// Where scholarly and legal writing puts people's names whatever they are: authors cited with a year
/// ("Quilis (1964)", "(Hein, Reich, &amp; Marks, 2016)", "Carrano and Biewener [7]", "Makel et al.") and the parties of a case
/// ("Lynch v. Overholser"). Surnames there are often ordinary words (Cross, Marks, Baker), so the context, not
/// the word, is the evidence. To ask of a name in running text, tokenize its block once with <see cref="CitationRange"/>.
/// </summary>
internal static class CitationContext
{
    private const int MaxAuthors = 8;

    /// <summary>Words after "and" that stand for unnamed co-authors, as "et al." does.</summary>
    private static readonly HashSet<string> ColleagueWords = new(StringComparer.Ordinal)
    {
        "colleagues", "coworkers", "co workers", "collaborators", "associates",
    };

    /// <summary>Months and seasons: before a year they make a date ("June 2010", "Spring 2019"), not a citation.</summary>
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter",
    };

    /// <summary>
    /// Whether the capitalized run <paramref name="from"/>..<paramref name="to"/> is an author in a citation: followed,
    /// possibly through a list of further capitalized authors joined by commas, "&amp;" or "and", by "(YEAR", a numbered
    /// reference ("[7]"), "et al.", a bare year after two or more authors, or, inside parentheses, ", YEAR" or a bare year.
    /// </summary>
    public static bool IsCitedAuthor(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from, int to) =>
        CitedAuthorEvidence(tokens, folded, from, to) != CitationEvidence.None;

    /// <summary>
    /// How strongly the run reads as a cited author. One author with one year ("(Windows, 2001)") is as often a product,
    /// a season or an edition; co-authors, "et al.", "and colleagues" or a list of citations joined by semicolons
    /// ("(Laws, 2016; Lindsay, 2015)") leave no other reading, even for an everyday word.
    /// </summary>
    public static CitationEvidence CitedAuthorEvidence(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from, int to)
    {
        var i = to;
        // "Sapir's (1971) group": the possessive of a cited author stands before the year.
        if (i + 2 < tokens.Count && tokens[i].Kind == TokenKind.Possessive && tokens[i + 1].Is('(') && IsYear(tokens, i + 2))
        {
            return CitationEvidence.Single;
        }

        for (var authors = 0; authors < MaxAuthors && i < tokens.Count; authors++)
        {
            if (folded[i] == "et" && i + 1 < tokens.Count && folded[i + 1] == "al")
            {
                return CitationEvidence.Corroborated;
            }

            // "Kessler and colleagues [15]": the words "et al." stand for.
            if (folded[i] == "and" && i + 1 < tokens.Count && ColleagueWords.Contains(folded[i + 1]))
            {
                return CitationEvidence.Corroborated;
            }

            if ((tokens[i].Is('(') && IsYear(tokens, i + 1)) || (tokens[i].Is('[') && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number) ||
                (tokens[i].Is(',') && i + 2 < tokens.Count && tokens[i + 1].Is('(') && IsYear(tokens, i + 2)))
            {
                // The last also "Paraíso, (2000)": a stray comma before the year's parenthesis.
                return IsCalendarWord(folded[i - 1]) ? CitationEvidence.None
                    : authors > 0 || FollowsAnotherAuthor(tokens, folded, from) ? CitationEvidence.Corroborated : CitationEvidence.Single;
            }

            var year = tokens[i].Is(',') && IsYear(tokens, i + 1) ? i + 1 : IsYear(tokens, i) ? i : -1;
            if (year >= 0)
            {
                // "(March and April 2010)", "Spring 2019": a date, not an author and a year.
                if (IsCalendarWord(folded[i - 1]))
                {
                    return CitationEvidence.None;
                }

                var joined = authors > 0 || FollowsAnotherAuthor(tokens, folded, from);
                if (year == i && joined)
                {
                    // "through Polio and Gass 1997 to": two authors joined and a bare year make a citation in running text.
                    return CitationEvidence.Corroborated;
                }

                if (!InsideParentheses(tokens, from))
                {
                    return CitationEvidence.None;
                }

                return joined || IsInCitationList(tokens, from, year) ? CitationEvidence.Corroborated : CitationEvidence.Single;
            }

            if (!(tokens[i].Is(',') || tokens[i].Is('&') || folded[i] == "and"))
            {
                return CitationEvidence.None;
            }

            var next = i + 1;
            if (tokens[i].Is(',') && next < tokens.Count && (tokens[next].Is('&') || folded[next] == "and"))
            {
                next++;
            }

            if (next >= tokens.Count || !tokens[next].IsWord || !tokens[next].IsCapitalized)
            {
                return CitationEvidence.None;
            }

            while (next < tokens.Count && tokens[next].IsWord && (tokens[next].IsCapitalized || tokens[next].IsInitial))
            {
                next++;
            }

            i = next;
        }

        return CitationEvidence.None;
    }

    /// <summary>Whether the run is a party of a case: "Wade v. Jacobs", "Roe vs. Wade", "Green versus United States" (as a transcript
    /// speaks it), on either side of the "v.".</summary>
    public static bool IsCaseParty(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from, int to)
    {
        if (OpensCaseName(tokens, folded, to))
        {
            return true;
        }

        var before = from - 1;
        if (before >= 0 && tokens[before].Is('.'))
        {
            before--;
        }

        return before >= 1 && IsVersus(folded[before]) && tokens[before - 1].IsWord && tokens[before - 1].IsCapitalized;
    }

    /// <summary>The run ending before <paramref name="to"/> is the first party of a case: "[Wade] v. Jacobs".</summary>
    public static bool OpensCaseName(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int to) =>
        to + 1 < tokens.Count && IsVersus(folded[to]) && NextWordAfterVersus(tokens, to) is { } after && tokens[after].IsCapitalized;

    /// <summary>"Polio and [Gass]": the run is the last of two authors joined by "and" or "&amp;".</summary>
    private static bool FollowsAnotherAuthor(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from) =>
        from >= 2 && (folded[from - 1] == "and" || tokens[from - 1].Is('&')) && tokens[from - 2].IsWord && tokens[from - 2].IsCapitalized;

    /// <summary>"(Laws, 2016; Lindsay, 2015)": a semicolon right before the author or right after the year (and its letter, "2015a").</summary>
    private static bool IsInCitationList(IReadOnlyList<Token> tokens, int from, int year)
    {
        var after = year + 1;
        if (after < tokens.Count && tokens[after].IsWord && tokens[after].Length == 1 && tokens[after].Start == tokens[year].End)
        {
            after++;
        }

        return (from > 0 && tokens[from - 1].Is(';')) || (after < tokens.Count && tokens[after].Is(';'));
    }

    private static bool IsCalendarWord(string folded) => CalendarWords.Contains(folded);

    private static bool IsVersus(string folded) => folded is "v" or "vs" or "versus";

    private static int? NextWordAfterVersus(IReadOnlyList<Token> tokens, int versus)
    {
        var next = versus + 1;
        if (next < tokens.Count && tokens[next].Is('.'))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsWord ? next : null;
    }

    private static bool IsYear(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 4 &&
        int.TryParse(tokens[i].Text, out var year) && year is >= 1500 and <= 2100;

    private static bool InsideParentheses(IReadOnlyList<Token> tokens, int from)
    {
        for (var i = from - 1; i >= 0; i--)
        {
            if (tokens[i].Is(')'))
            {
                return false;
            }

            if (tokens[i].Is('('))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A sentence or block tokenized and folded once, for asking of each name in it whether it is a citation or a case
/// name (<see cref="CitationContext"/>).
/// </summary>
internal sealed class CitationRange
{
    private readonly List<Token> _tokens;
    private readonly string[] _folded;
    private HashSet<int>? _bibliographyAuthorStarts;

    public CitationRange(string text, int rangeStart, int rangeEnd)
    {
        _tokens = Tokenizer.Tokenize(text, rangeStart, rangeEnd);
        _folded = new string[_tokens.Count];
        for (var i = 0; i < _tokens.Count; i++)
        {
            _folded[i] = _tokens[i].IsWord ? NameFolding.Fold(_tokens[i].Text) : "";
        }
    }

    /// <summary>Whether the name at <paramref name="start"/>..<paramref name="end"/> (a token's start) is a cited author or a party of a case.</summary>
    public bool IsReferenceAt(int start, int end)
    {
        var from = _tokens.FindIndex(t => t.Start >= start);
        var to = _tokens.FindIndex(t => t.Start >= end);
        if (from < 0 || _tokens[from].Start != start)
        {
            return false;
        }

        to = to < 0 ? _tokens.Count : to;
        return CitationContext.IsCitedAuthor(_tokens, _folded, from, to) || CitationContext.IsCaseParty(_tokens, _folded, from, to) ||
               IsBibliographyAuthorAt(start);
    }

    /// <summary>"Baker" of "Cross, A., Baker, T., et al. (2001).": an author of a bibliography entry is a reference too.</summary>
    private bool IsBibliographyAuthorAt(int start)
    {
        if (_bibliographyAuthorStarts is null)
        {
            var reader = new BibliographyEntryReader(Lexicon.Shared);
            _bibliographyAuthorStarts = reader.TryRead(_tokens, _folded) ? reader.Authors.Select(a => a.Start).ToHashSet() : [];
        }

        return _bibliographyAuthorStarts.Contains(start);
    }
}
