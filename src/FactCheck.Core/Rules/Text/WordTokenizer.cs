namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Splits text into <see cref="Word"/>s: letter runs (an apostrophe between letters stays inside, so "don't" is one
/// word but "Bogdanov’s" keeps the possessive) and digit runs (with inner "," and "." as in "1,000.5").
/// Hyphens, slashes and other punctuation separate words ("950-kilometre" is "950" and "kilometre").
/// </summary>
public static class WordTokenizer
{
    public static IReadOnlyList<Word> Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0)
        {
            end = text.Length;
        }

        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetter(text[j]) || char.GetUnicodeCategory(text[j]) is System.Globalization.UnicodeCategory.NonSpacingMark ||
                       (IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]))))
                {
                    j++;
                }

                words.Add(new Word(i, j - i, text.Substring(i, j - i)));
                i = j;
            }
            else if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) ||
                       (text[j] is ',' or '.' && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                words.Add(new Word(i, j - i, text.Substring(i, j - i)));
                i = j;
            }
            else
            {
                i++;
            }
        }

        return words;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
