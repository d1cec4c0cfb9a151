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

    /// <summary>
    /// Whether the capitalized run <paramref name="from"/>..<paramref name="to"/> is an author in a citation: followed,
    /// possibly through a list of further capitalized authors joined by commas, "&amp;" or "and", by "(YEAR", a numbered
    /// reference ("[7]"), "et al.", a bare year after two or more authors, or, inside parentheses, ", YEAR" or a bare year.
    /// </summary>
    public static bool IsCitedAuthor(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from, int to)
    {
        var i = to;
        for (var authors = 0; authors < MaxAuthors && i < tokens.Count; authors++)
        {
            if (folded[i] == "et" && i + 1 < tokens.Count && folded[i + 1] == "al")
            {
                return true;
            }

            if ((tokens[i].Is('(') && IsYear(tokens, i + 1)) || (tokens[i].Is('[') && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number))
            {
                return true;
            }

            if (IsYear(tokens, i) && (authors > 0 || FollowsAnotherAuthor(tokens, folded, from)))
            {
                // "through Polio and Gass 1997 to": two authors joined and a bare year make a citation in running text.
                return true;
            }

            if ((tokens[i].Is(',') && IsYear(tokens, i + 1)) || IsYear(tokens, i))
            {
                return InsideParentheses(tokens, from);
            }

            if (!(tokens[i].Is(',') || tokens[i].Is('&') || folded[i] == "and"))
            {
                return false;
            }

            var next = i + 1;
            if (tokens[i].Is(',') && next < tokens.Count && (tokens[next].Is('&') || folded[next] == "and"))
            {
                next++;
            }

            if (next >= tokens.Count || !tokens[next].IsWord || !tokens[next].IsCapitalized)
            {
                return false;
            }

            while (next < tokens.Count && tokens[next].IsWord && (tokens[next].IsCapitalized || tokens[next].IsInitial))
            {
                next++;
            }

            i = next;
        }

        return false;
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
        return CitationContext.IsCitedAuthor(_tokens, _folded, from, to) || CitationContext.IsCaseParty(_tokens, _folded, from, to);
    }
}
