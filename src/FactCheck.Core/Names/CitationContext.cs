namespace FactCheck.Core.Names;

/// <summary>
/// Where scholarly and legal writing puts people's names whatever they are: authors cited with a year
/// ("Quilis (1964)", "(Hein, Reich, &amp; Marks, 2016)", "Carrano and Biewener [7]", "Makel et al.") and the parties of a case
/// ("Lynch v. Overholser"). Surnames there are often ordinary words (Cross, Marks, Baker), so the context, not
/// the word, is the evidence.
/// </summary>
internal static class CitationContext
{
    private const int MaxAuthors = 8;

    /// <summary>
    /// Whether the capitalized run <paramref name="from"/>..<paramref name="to"/> is an author in a citation: followed,
    /// possibly through a list of further capitalized authors joined by commas, "&amp;" or "and", by "(YEAR", a numbered
    /// reference ("[7]"), "et al." or, inside parentheses, ", YEAR" or a bare year.
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

    /// <summary>Whether the run is a party of a case: "Wade v. Jacobs", "Roe vs. Wade", on either side of the "v.".</summary>
    public static bool IsCaseParty(IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, int from, int to)
    {
        if (to + 1 < tokens.Count && IsVersus(folded[to]) && NextWordAfterVersus(tokens, to) is { } after && tokens[after].IsCapitalized)
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

    /// <summary>
    /// Whether the name at <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> stands in a
    /// citation or a case name, reading the tokens of the enclosing range <paramref name="rangeStart"/>..<paramref name="rangeEnd"/>
    /// (a sentence or block): such a name is a reference, not a person the story must introduce.
    /// </summary>
    public static bool IsReferenceAt(string text, int rangeStart, int rangeEnd, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text, rangeStart, rangeEnd);
        var from = tokens.FindIndex(t => t.Start >= start);
        var to = tokens.FindIndex(t => t.Start >= end);
        if (from < 0 || tokens[from].Start != start)
        {
            return false;
        }

        to = to < 0 ? tokens.Count : to;
        var folded = tokens.Select(t => t.IsWord ? NameFolding.Fold(t.Text) : "").ToArray();
        return IsCitedAuthor(tokens, folded, from, to) || IsCaseParty(tokens, folded, from, to);
    }

    private static bool IsVersus(string folded) => folded is "v" or "vs";

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
