using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Splits text into <see cref="Word"/>s: letter runs (an apostrophe between letters stays inside, so "don't" is one
/// word but "Bogdanov’s" keeps the possessive) and digit runs (with inner "," and "." as in "1,000.5").
/// Hyphens, slashes and other punctuation separate words ("950-kilometre" is "950" and "kilometre").
/// </summary>
public static class WordTokenizer
{
    public static Word[] Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new WordBuffer();
        Tokenize(text, start, end < 0 ? text.Length : end, words);
        return [.. words.ToSegment()];
    }

    /// <summary>Appends the words of <c>text[start..end)</c> to <paramref name="words"/>.</summary>
    public static void Tokenize(string text, int start, int end, WordBuffer words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var span = text.AsSpan(start, end - start);
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            var kind = KindOf(c);
            if (kind == CharKind.Other)
            {
                i++;
                continue;
            }

            var hash = WordKey.Add(WordKey.Seed, c);
            var j = i + 1;
            var shape = kind == CharKind.Digit ? WordShape.Number : char.IsAsciiLetterUpper(c) || (c >= 128 && char.IsUpper(c)) ? WordShape.Capitalized : WordShape.None;
            if (kind == CharKind.Letter)
            {
                while (j < span.Length)
                {
                    var d = span[j];
                    if (char.IsAsciiLetter(d))
                    {
                        hash = WordKey.AddAsciiLetter(hash, d);
                    }
                    else if (IsInsideWord(span, j))
                    {
                        hash = WordKey.Add(hash, d);
                        if (IsApostrophe(d))
                        {
                            shape |= WordShape.Apostrophe;
                        }
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }
            }
            else
            {
                while (j < span.Length && (char.IsDigit(span[j]) || (span[j] is ',' or '.' && j + 1 < span.Length && char.IsDigit(span[j + 1]))))
                {
                    hash = WordKey.Add(hash, span[j]);
                    j++;
                }
            }

            words.Add(new Word(text, start + i, j - i, unchecked((int)hash), shape));
            i = j;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharKind KindOf(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetter(c) ? CharKind.Letter : char.IsAsciiDigit(c) ? CharKind.Digit : CharKind.Other;
        }

        return char.IsLetter(c) ? CharKind.Letter : char.IsDigit(c) ? CharKind.Digit : CharKind.Other;
    }

    private static bool IsInsideWord(ReadOnlySpan<char> text, int j)
    {
        var c = text[j];
        if (char.IsAsciiLetter(c))
        {
            return true;
        }

        if (c < 128)
        {
            return c == '\'' && j + 1 < text.Length && char.IsLetter(text[j + 1]);
        }

        return char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark ||
               (c == '\u2019' && j + 1 < text.Length && char.IsLetter(text[j + 1]));
    }

    private enum CharKind
    {
        Other,
        Letter,
        Digit,
    }
}
