using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Model;

namespace FactCheck.Core.Rules;

/// <summary>
/// Flags a weekday written next to a date it does not fall on ("Monday, March 3" when March 3 is a Friday). The year
/// is the date's own, else the article's (<c>--date</c>, a dateline in the text, document metadata, in that order).
/// </summary>
public sealed partial class DateWeekdayRule : IRule
{
    public static RuleDescriptor Info { get; } = new(
        "date-weekday",
        "Weekday does not match date",
        Severity.Warning,
        "A weekday next to a date it does not fall on, in the article's year (\"Monday, March 3\" when March 3 is a Friday).");

    /// <summary>How far into the text a dateline may sit (after a headline and a byline).</summary>
    private const int DatelineBlocks = 4;

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    public RuleDescriptor Descriptor => Info;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var text = context.Text;
        // The article's date is only needed for a weekday whose date has no year.
        var anchor = new Lazy<DateOnly?>(() => context.Settings.ArticleDate ?? FindDateline(context) ?? context.Document.MetadataDate);
        foreach (Match match in WeekdayDatePattern().Matches(text))
        {
            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (month is null || day is < 1 or > 31)
            {
                continue;
            }

            DateOnly? date = match.Groups["year"].Success
                ? TryDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month.Value, day)
                : anchor.Value is { } article ? Nearest(article, month.Value, day) : null;
            if (date is not { } actual)
            {
                continue;
            }

            var weekdayGroup = match.Groups["weekday"];
            var written = Enum.Parse<DayOfWeek>(weekdayGroup.Value, ignoreCase: true);
            if (written == actual.DayOfWeek)
            {
                continue;
            }

            var dateGroup = match.Groups["date"];
            var dateText = actual.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            var yearSource = match.Groups["year"].Success ? string.Empty : " (year taken from the article's date)";
            yield return new Finding(
                new TextSpan(weekdayGroup.Index, weekdayGroup.Length, weekdayGroup.Value),
                $"'{weekdayGroup.Value}' does not match '{dateGroup.Value}': {dateText} is a {actual.DayOfWeek}{yearSource}")
            {
                Related = [new TextSpan(dateGroup.Index, dateGroup.Length, dateGroup.Value)],
                Evidence = [written.ToString(), actual.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            };
        }
    }

    /// <summary>The first full date (with a year) near the top of the article, taken as its dateline.</summary>
    private static DateOnly? FindDateline(RuleContext context)
    {
        var blocks = context.Document.Blocks;
        if (blocks.Count == 0)
        {
            return null;
        }

        var end = blocks[Math.Min(DatelineBlocks, blocks.Count) - 1].End;
        foreach (Match match in FullDatePattern().Matches(context.Text[..end]))
        {
            if (MonthNumber(match.Groups["month"].Value) is { } month &&
                TryDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date with that month and day closest to the article's date: "Friday, December 29" in a January article is last year's.</summary>
    private static DateOnly? Nearest(DateOnly article, int month, int day)
    {
        DateOnly? best = null;
        foreach (var year in new[] { article.Year - 1, article.Year, article.Year + 1 })
        {
            if (TryDate(year, month, day) is { } candidate &&
                (best is null || Math.Abs(candidate.DayNumber - article.DayNumber) < Math.Abs(best.Value.DayNumber - article.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int? MonthNumber(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal) && (lower.Length >= 3 && (lower == MonthNames[i] || lower.Length <= 4)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Year = @"(?:,?\s+(?<year>(?:1[89]|20)\d\d))?";

    // "Monday, March 3[, 2025]", "Monday March 3rd", "Tuesday 4 April [2025]", "Tuesday, the 4th of April",
    // "Wednesday (April 5)", "Wednesday (5 April)".
    [GeneratedRegex(
        @"\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s*|\s+\(?|\s*\(\s*)(?<date>" +
        @"(?:" + Month + @"\s+" + Day + @"\b" + Year + @"|(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Month + @"(?!\w)" + Year + @"))",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayDatePattern();

    [GeneratedRegex(
        @"(?:" + Month + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:1[89]|20)\d\d)|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>(?:1[89]|20)\d\d))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FullDatePattern();
}
