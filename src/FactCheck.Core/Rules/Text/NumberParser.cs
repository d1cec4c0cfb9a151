using System.Globalization;

namespace FactCheck.Core.Rules.Text;

/// <summary>Reads the number a word stands for: digits with thousands separators ("1,000"), decimals, or a number word ("twelve").</summary>
public static class NumberParser
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>The value of a single word, or null when it is not a number.</summary>
    public static decimal? Parse(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 0 && char.IsDigit(word[0]))
        {
            // "1,000" and "1,000.5" use "," for thousands; a comma followed by other than three digits is not a number we read.
            var parts = word.Split('.');
            if (parts.Length > 2 || parts[0].Split(',').Skip(1).Any(g => g.Length != 3))
            {
                return null;
            }

            return decimal.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
        }

        return Words.TryGetValue(word, out var number) ? number : null;
    }

    /// <summary>The multiplier a scale word stands for ("million"), or null.</summary>
    public static decimal? Multiplier(string word) => Multipliers.TryGetValue(word, out var value) ? value : null;

    public static bool IsTens(decimal value) => value is >= 20 and <= 90 && value % 10 == 0;
}
