using System.Text.RegularExpressions;
using FactCheck.Core.Model;

namespace FactCheck.Core.Names;

/// <summary>
/// Reads the affiliation stated with a person mention: an affiliation word or a known organisation in front
/// ("Democrat Chuck Schumer", "Republican Senator X", "Apple CEO Tim Cook", "Microsoft's chief executive Satya
/// Nadella"), a party-state tag right after it ("(D-Calif.)", "(R)"), or an appositive after it (", a Democrat,",
/// ", the Republican senator,", ", chief executive of Apple,", ", a member of the Green Party,").
/// </summary>
internal sealed partial class AffiliationReader
{
    // The role reader's windows (TokenWindows.Reach): a title and an affiliation in front are a few words, an
    // appositive a phrase.
    // An appositive longer than this is a clause, not a statement of who the person is.
    private const int MaxAppositiveWords = 8;

    private static readonly string[] PartyNameEndings =
        ["party", "union", "league", "movement", "front", "congress", "alliance", "coalition", "federation", "caucus", "council", "assembly"];

    private readonly string _text;
    private readonly Lexicon _lexicon;
    private readonly TokenWindows _windows;

    public AffiliationReader(string text, Lexicon lexicon)
        : this(text, lexicon, new TokenWindows(text))
    {
    }

    public AffiliationReader(string text, Lexicon lexicon, TokenWindows windows)
    {
        _text = text;
        _lexicon = lexicon;
        _windows = windows;
    }

    public AffiliationAttribution? AffiliationOf(TextSpan name) => Tag(name) ?? Before(name) ?? After(name);

    /// <summary>"democrat", "d", "gop" → "democratic", "republican"; an organisation without a trailing "party".</summary>
    public static string KeyOf(string display)
    {
        var folded = NameFolding.Fold(display);
        if (folded.StartsWith("the ", StringComparison.Ordinal))
        {
            folded = folded[4..];
        }

        if (folded.EndsWith(" party", StringComparison.Ordinal))
        {
            folded = folded[..^6];
        }

        return folded switch
        {
            "democrat" or "democratic" or "democrats" or "d" => "democratic",
            "republican" or "republicans" or "r" or "gop" => "republican",
            "independent" or "i" => "independent",
            _ => folded,
        };
    }

    [GeneratedRegex(@"\G ?\((?<party>[DRI])(?:-(?<state>[A-Z][A-Za-z.]{0,8}))?\)", RegexOptions.CultureInvariant)]
    private static partial Regex PartyStateTag();

    private AffiliationAttribution? Tag(TextSpan name)
    {
        var match = PartyStateTag().Match(_text, name.End);
        if (!match.Success)
        {
            return null;
        }

        var inner = match.Index + match.Value.IndexOf('(', StringComparison.Ordinal) + 1;
        var length = match.Index + match.Length - 1 - inner;
        return Attribution(inner, length, KeyOf(match.Groups["party"].Value));
    }

    private AffiliationAttribution? Before(TextSpan name)
    {
        var tokens = _windows.Before(name.Offset);
        if (tokens.Count == 0 || tokens[^1].End + 2 < name.Offset)
        {
            return null;
        }

        // Right to left over the title ("Senator", "chief executive"): the affiliation stands in front of it.
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].IsWord && IsRoleWord(tokens[end - 1].Text))
        {
            end--;
        }

        var hasRole = end < tokens.Count;
        if (hasRole)
        {
            // "Democratic Senate Majority Leader", "Bundestag President": a chamber before the title is part of it.
            end = ChamberStart(tokens, end);
        }

        if (end > 0 && tokens[end - 1].Kind == TokenKind.Possessive)
        {
            // "Microsoft's chief executive": the possessive ties an organisation to the title, never to a bare name.
            return hasRole ? Organization(tokens, end - 1) : null;
        }

        if (end > 0 && tokens[end - 1].IsWord && IsAffiliationWord(tokens[end - 1].Text) && !StartsBlock(tokens, end - 1))
        {
            var word = tokens[end - 1];
            return Attribution(word.Start, word.End - word.Start, KeyOf(word.Text));
        }

        // "Apple CEO Tim Cook": an organisation in front of a name is only an affiliation through a title.
        return hasRole ? Organization(tokens, end) : null;
    }

    private AffiliationAttribution? After(TextSpan name)
    {
        if (name.End >= _text.Length || _text[name.End] != ',')
        {
            return null;
        }

        var tokens = _windows.After(name.End);
        if (tokens.Count < 3 || !tokens[0].Is(','))
        {
            return null;
        }

        var close = 1;
        while (close < tokens.Count && tokens[close].IsWord)
        {
            close++;
        }

        if (close >= tokens.Count || close - 1 > MaxAppositiveWords || !(tokens[close].Is(',') || tokens[close].Is('.') || tokens[close].Is(';')))
        {
            return null;
        }

        var start = 1;
        if (NameFolding.Fold(tokens[start].Text) is "the" or "a" or "an")
        {
            start++;
        }

        if (start >= close)
        {
            return null;
        }

        // ", a Democrat," ", the Republican senator,": the affiliation word, then nothing but a title.
        if (IsAffiliationWord(tokens[start].Text) && Enumerable.Range(start + 1, close - start - 1).All(i => IsRoleWord(tokens[i].Text)))
        {
            var word = tokens[start];
            return Attribution(word.Start, word.End - word.Start, KeyOf(word.Text));
        }

        // ", chief executive of Apple," ", a member of the Green Party,": lower-case words, "of", an organisation.
        var of = start;
        while (of < close && char.IsLower(tokens[of].Text[0]) && NameFolding.Fold(tokens[of].Text) != "of")
        {
            of++;
        }

        if (of == start || of + 1 >= close || NameFolding.Fold(tokens[of].Text) != "of")
        {
            return null;
        }

        var orgFrom = of + 1;
        if (NameFolding.Fold(tokens[orgFrom].Text) == "the" && orgFrom + 1 < close)
        {
            orgFrom++;
        }

        return IsOrganizationRun(tokens, orgFrom, close) ? Span(tokens, orgFrom, close) : null;
    }

    /// <summary>Where the longest capitalised chamber ending right before <paramref name="end"/> starts; <paramref name="end"/> when there is none.</summary>
    private int ChamberStart(List<Token> tokens, int end)
    {
        for (var from = Math.Max(0, end - _lexicon.MaxPhraseWords); from < end; from++)
        {
            if (Enumerable.Range(from, end - from).All(i => tokens[i].IsWord && char.IsUpper(tokens[i].Text[0])) &&
                _lexicon.Chambers.Contains(NameFolding.Fold(string.Join(' ', tokens.Skip(from).Take(end - from).Select(t => t.Text)))))
            {
                return from;
            }
        }

        return end;
    }

    /// <summary>The longest known organisation (or party-like capitalised run) ending right before <paramref name="end"/>.</summary>
    private AffiliationAttribution? Organization(List<Token> tokens, int end)
    {
        for (var from = Math.Max(0, end - _lexicon.MaxPhraseWords); from < end; from++)
        {
            if (Enumerable.Range(from, end - from).All(i => tokens[i].IsWord) && IsOrganizationRun(tokens, from, end))
            {
                return Span(tokens, from, end);
            }
        }

        return null;
    }

    private bool IsOrganizationRun(List<Token> tokens, int from, int end)
    {
        if (from >= end || !Enumerable.Range(from, end - from).All(i => tokens[i].IsWord && char.IsUpper(tokens[i].Text[0])))
        {
            return false;
        }

        var folded = NameFolding.Fold(string.Join(' ', tokens.Skip(from).Take(end - from).Select(t => t.Text)));
        // A chamber is where the person sits (", leader of the Senate,"), part of their title, not an affiliation.
        if (_lexicon.IsLocation(folded) || _lexicon.IsNationality(folded) || _lexicon.Chambers.Contains(folded))
        {
            return false;
        }

        return _lexicon.Organizations.Contains(folded) ||
            (end - from >= 2 && PartyNameEndings.Contains(NameFolding.Fold(tokens[end - 1].Text), StringComparer.Ordinal));
    }

    private bool IsAffiliationWord(string word) =>
        char.IsUpper(word[0]) && (_lexicon.Affiliations.Contains(NameFolding.Fold(word)) || word is "GOP" or "Democrats" or "Republicans");

    private bool IsRoleWord(string word)
    {
        var folded = NameFolding.Fold(word);
        return folded.Length > 0 && !_lexicon.Affiliations.Contains(folded) && folded.Split(' ').All(_lexicon.RoleWords.Contains);
    }

    /// <summary>
    /// An affiliation word that is also an ordinary word ("Independent", "Green", "Liberal") and opens a sentence or
    /// line may be capitalised for that alone, unless a title follows it; "Democrat" there is still the party.
    /// </summary>
    private bool StartsBlock(List<Token> tokens, int index)
    {
        if (!_lexicon.CommonWords.Contains(NameFolding.Fold(tokens[index].Text)) ||
            (index + 1 < tokens.Count && tokens[index + 1].IsWord && IsRoleWord(tokens[index + 1].Text)))
        {
            return false;
        }

        var at = tokens[index].Start - 1;
        while (at >= 0 && _text[at] is ' ' or '\t')
        {
            at--;
        }

        return at < 0 || _text[at] is '.' or '!' or '?' or '\n' or '"' or '“';
    }

    private AffiliationAttribution Span(List<Token> tokens, int from, int end)
    {
        var start = tokens[from].Start;
        var length = tokens[end - 1].End - start;
        return Attribution(start, length, KeyOf(_text.Substring(start, length)));
    }

    private AffiliationAttribution Attribution(int start, int length, string key) =>
        new(new TextSpan(start, length, _text.Substring(start, length)), key);
}
