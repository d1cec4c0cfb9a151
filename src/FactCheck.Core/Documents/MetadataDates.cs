using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Documents;

/// <summary>Reads a publication date from a metadata value (ISO 8601 date or timestamp, or another invariant-culture date).</summary>
internal static partial class MetadataDates
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim().Trim('"', '\'');

        // The calendar date as written, not converted to UTC: "2024-05-01T23:30-05:00" was published on May 1st there.
        var iso = IsoDatePrefix().Match(value);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDatePrefix();
}
