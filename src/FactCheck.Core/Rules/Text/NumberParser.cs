using System.Globalization;

namespace FactCheck.Core.Rules.Text;

/// <summary>Reads the number a word stands for: digits with thousands separators ("1,000"), decimals, or a number word ("twelve").</summary>
public static class NumberParser
{
    private static readonly WordMap<int> Words = new(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    });

    private static readonly WordMap<decimal> Multipliers = new(new Dictionary<string, decimal>
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    });

    /// <summary>A cheap test before <see cref="Parse"/>: false means the word is certainly not a number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayBeNumber(in Word word) => word.IsNumber || Words.MightContain(word.Key);

    /// <summary>The value of a single word, or null when it is not a number.</summary>
    public static decimal? Parse(Word word)
    {
        if (!word.IsNumber)
        {
            return Words.TryGetValue(word, out var number) ? number : null;
        }

        return ParseDigits(word.Span);
    }

    private static decimal? ParseDigits(ReadOnlySpan<char> digits)
    {
        // "1,000" and "1,000.5" use "," for thousands; a comma followed by other than three digits is not a number we read.
        var point = digits.IndexOf('.');
        if (point >= 0 && digits[(point + 1)..].Contains('.'))
        {
            return null;
        }

        var whole = point >= 0 ? digits[..point] : digits;
        Span<char> plain = stackalloc char[digits.Length];
        var length = 0;
        var group = -1;
        foreach (var c in whole)
        {
            if (c == ',')
            {
                if (group is not (-1 or 3))
                {
                    return null;
                }

                group = 0;
                continue;
            }

            plain[length++] = c;
            group = group < 0 ? -1 : group + 1;
        }

        if (group is not (-1 or 3))
        {
            return null;
        }

        if (point >= 0)
        {
            digits[point..].CopyTo(plain[length..]);
            length += digits.Length - point;
        }

        return decimal.TryParse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The multiplier a scale word stands for ("million"), or null.</summary>
    public static decimal? Multiplier(Word word) => Multipliers.TryGetValue(word, out var value) ? value : null;

    public static bool IsTens(decimal value) => value is >= 20 and <= 90 && value % 10 == 0;
}
