using System.Globalization;
using FactCheck.Core.Diagnostics;

namespace FactCheck.Core.Names;

/// <summary>
/// Splits plain text into words, numbers, possessives and punctuation, in one linear pass. Names keep their inner
/// hyphens and apostrophes ("al-Mekdad", "O'Brien", "Jong-un"); possessives are split off ("Bogdanov’s" →
/// "Bogdanov" + "’s"); initials and the <see cref="Abbreviations"/> keep their period ("L.", "Mr.", "U.S.").
/// </summary>
public static class Tokenizer
{
    // Punctuation is most tokens after words; one shared string per ASCII character saves an allocation each.
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // News prose averages a token per five or six characters; growing the list from empty copied it ten times.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        var sentenceStart = true;
        var lineBreak = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    lineBreak = true;
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            Token token;
            if (char.IsLetter(c) || (char.IsHighSurrogate(c) && i + 1 < end && char.IsLetter(text, i)))
            {
                token = ReadWord(text, i, end);
            }
            else if (char.IsDigit(c))
            {
                token = ReadNumber(text, i, end);
            }
            else if (IsApostrophe(c) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].IsWord &&
                     i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                // "Bogdanov’s", "Russia's".
                token = new Token(i, 2, TokenKind.Possessive, text.Substring(i, 2));
            }
            else if (IsApostrophe(c) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].IsWord &&
                     tokens[^1].Text.EndsWith('s') && (i + 1 >= end || !char.IsLetter(text[i + 1])))
            {
                // Plural possessive: "the ministers’ meeting".
                token = new Token(i, 1, TokenKind.Possessive, text.Substring(i, 1));
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                token = new Token(i, length, TokenKind.Punctuation, length == 1 && c < 128 ? AsciiStrings[c] : text.Substring(i, length));
            }

            token = token with { StartsSentence = sentenceStart && token.Kind == TokenKind.Word, AfterLineBreak = lineBreak };
            CheckWork.Add();
            tokens.Add(token);
            lineBreak = false;
            sentenceStart = UpdateSentenceStart(sentenceStart, token);
            i = token.End;
        }

        return tokens;
    }

    private static bool UpdateSentenceStart(bool sentenceStart, in Token token)
    {
        if (token.Kind == TokenKind.Punctuation)
        {
            var p = token.Text[0];
            if (p is '.' or '!' or '?' or ':' or '\u2026')
            {
                return true;
            }

            // Quotes, brackets and dashes before the first word keep the sentence open.
            if (sentenceStart && (IsQuote(p) || p is '(' or '[' or '\u2014' or '\u2013' or '-' or '*' or '\u2022'))
            {
                return true;
            }

            return false;
        }

        return false;
    }

    private static Token ReadWord(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]) && i + 1 < end && char.IsLetter(text, i))
            {
                i += 2;
                continue;
            }

            // Most words end at a space: only a hyphen or an apostrophe can join on the next letter.
            var joiner = text[i];
            var isHyphen = joiner is '-' or '\u2010' or '\u2011';
            if (!isHyphen && !IsApostrophe(joiner))
            {
                break;
            }

            var nextIsLetter = i + 1 < end && char.IsLetter(text[i + 1]);
            if (isHyphen && nextIsLetter)
            {
                i++;
                continue;
            }

            if (nextIsLetter)
            {
                // "Bogdanov’s" splits; "O'Brien", "D'Angelo", "Ng'ang'a" stay whole.
                var isPossessive = (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
                if (isPossessive)
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        // Initials ("L.") and acronyms with periods ("U.S.", "U.K.").
        if (i < end && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                var j = i + 1;
                while (j + 1 < end && char.IsUpper(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                {
                    j += 2;
                }

                var isAcronym = j > i + 1;
                return Word(text, start, j, isInitial: !isAcronym, isAbbreviation: true);
            }

            if (Abbreviations.Contains(word))
            {
                return Word(text, start, i + 1, isInitial: false, isAbbreviation: true);
            }
        }

        return Word(text, start, i, isInitial: false, isAbbreviation: false);
    }

    private static Token Word(string text, int start, int end, bool isInitial, bool isAbbreviation)
    {
        var value = text.Substring(start, end - start);
        return new Token(start, end - start, TokenKind.Word, value)
        {
            IsCapitalized = IsCapitalizedWord(value),
            IsAllCaps = IsAllCapsWord(value),
            IsInitial = isInitial,
            IsAbbreviation = isAbbreviation,
        };
    }

    private static Token ReadNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsDigit(text[i]) || ((text[i] is ',' or '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return new Token(start, i - start, TokenKind.Number, text.Substring(start, i - start));
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc';

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\u00ab' or '\u00bb';

    private static bool IsCapitalizedWord(string word)
    {
        if (char.IsUpper(word[0]))
        {
            return true;
        }

        // "al-Mekdad", "el-Sisi", "bin-Laden", "d'Estaing": a lower-case particle joined to a capitalized name.
        var joint = word.AsSpan().IndexOfAny('-', '\'', '\u2019');
        return joint is > 0 and <= 3 && joint + 1 < word.Length && char.IsUpper(word[joint + 1]);
    }

    private static bool IsAllCapsWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
