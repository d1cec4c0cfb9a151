using FactCheck.Core.Model;

namespace FactCheck.Core.Names;

/// <summary>
/// Reads the role stated with a person mention: in front ("Turkish Foreign Minister Mevlut Cavusoglu",
/// "Russia's Foreign Minister Sergey Lavrov", "former President X") or in an appositive after it
/// ("Sergey Lavrov, the Russian foreign minister,").
/// </summary>
internal sealed class RoleReader
{
    // Titles in front of a name are a few words ("Deputy Foreign Minister", "Russia's then-Prime Minister"); an
    // appositive after it is a short phrase (TokenWindows.Reach). Reading more costs time on every mention and finds
    // nothing more.
    private readonly string _text;
    private readonly Lexicon _lexicon;
    private readonly TokenWindows _windows;

    public RoleReader(string text, Lexicon lexicon)
        : this(text, lexicon, new TokenWindows(text))
    {
    }

    public RoleReader(string text, Lexicon lexicon, TokenWindows windows)
    {
        _text = text;
        _lexicon = lexicon;
        _windows = windows;
    }

    public RoleAttribution? RoleOf(TextSpan name) => Before(name) ?? After(name);

    private RoleAttribution? Before(TextSpan name)
    {
        var tokens = _windows.Before(name.Offset);
        var first = tokens.Count;
        while (first > 0 && IsRoleToken(tokens, first - 1))
        {
            first--;
        }

        // A line break or sentence start between role and name breaks the link.
        if (first == tokens.Count || tokens[^1].End + 2 < name.Offset)
        {
            return null;
        }

        return Classify(tokens, first, tokens.Count);
    }

    private RoleAttribution? After(TextSpan name)
    {
        if (name.End >= _text.Length || _text[name.End] != ',')
        {
            return null;
        }

        var tokens = _windows.After(name.End);
        if (tokens.Count < 3 || !tokens[0].Is(',') || tokens[0].Start != name.End)
        {
            return null;
        }

        var start = 1;
        if (tokens[start].IsWord && NameFolding.Fold(tokens[start].Text) is "the" or "a" or "an")
        {
            start++;
        }

        var end = start;
        while (end < tokens.Count && IsRoleToken(tokens, end))
        {
            end++;
        }

        // The appositive must close: "Lavrov, Russia's foreign minister, said" or end the sentence.
        if (end == start || end >= tokens.Count || !(tokens[end].Is(',') || tokens[end].Is('.') || tokens[end].Is(';')))
        {
            return null;
        }

        return Classify(tokens, start, end);
    }

    private bool IsRoleToken(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Possessive)
        {
            // "Russia's": the possessive belongs to a country before it.
            return i > 0 && tokens[i - 1].IsWord && _lexicon.IsLocation(NameFolding.Fold(tokens[i - 1].Text));
        }

        if (token.Is('-'))
        {
            // "then-President", "ex-minister".
            return i > 0 && tokens[i - 1].IsWord && NameFolding.Fold(tokens[i - 1].Text) is "then" or "ex";
        }

        if (!token.IsWord)
        {
            return false;
        }

        var folded = NameFolding.Fold(token.Text);
        if (_lexicon.IsNationality(folded) || folded.Split(' ').All(part => _lexicon.RoleWords.Contains(part) || part is "then" or "ex" or "of" or "for"))
        {
            return true;
        }

        return i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive && _lexicon.IsLocation(folded);
    }

    /// <summary>
    /// The office is the longest run of words ending at <paramref name="end"/> that the lexicon knows as an office
    /// or title; in front of it, right to left, a qualifier ("deputy", "former"), a nationality ("Turkish") or a
    /// country's possessive ("Russia's"). Anything else stops the reading.
    /// </summary>
    private RoleAttribution? Classify(List<Token> tokens, int start, int end)
    {
        var words = new List<(int Index, string Folded)>();
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord)
            {
                // "then-Prime Minister", "ex-President": the prefix is a qualifier word of its own.
                foreach (var part in NameFolding.Fold(tokens[i].Text).Split(' '))
                {
                    words.Add((i, part));
                }
            }
        }

        var officeFrom = -1;
        for (var from = 0; from < words.Count; from++)
        {
            var phrase = string.Join(' ', words.Skip(from).Select(w => w.Folded));
            if (_lexicon.IsTitleOrOffice(phrase))
            {
                officeFrom = from;
                break;
            }
        }

        if (officeFrom < 0)
        {
            return null;
        }

        string? nationality = null;
        string? qualifier = null;
        var spanFrom = words[officeFrom].Index;
        for (var w = officeFrom - 1; w >= 0; w--)
        {
            var (index, folded) = words[w];
            if (index + 1 < end && tokens[index + 1].Kind == TokenKind.Possessive && _lexicon.IsLocation(folded))
            {
                nationality ??= folded;
            }
            else if (_lexicon.Nationalities.TryGetValue(folded, out var country))
            {
                nationality ??= country;
            }
            else if (_lexicon.OfficeQualifiers.Contains(folded) || folded is "then" or "ex")
            {
                qualifier ??= folded;
            }
            else
            {
                break;
            }

            spanFrom = index;
        }

        var office = string.Join(' ', words.Skip(officeFrom).Select(w => w.Folded));
        var spanStart = tokens[spanFrom].Start;
        var spanEnd = tokens[end - 1].End;
        return new RoleAttribution(new TextSpan(spanStart, spanEnd - spanStart, _text[spanStart..spanEnd]), office)
        {
            Nationality = nationality,
            Qualifier = qualifier,
        };
    }
}
