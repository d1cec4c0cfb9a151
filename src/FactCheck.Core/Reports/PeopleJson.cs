using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// What the archive holds of the people under a name, as JSON: the one vocabulary of <c>GET /api/people</c> and
/// <c>factcheck archive show --format json</c> (documented in docs/openapi.json):
/// <c>{name, people: [{personKey, spellings, offices, affiliations, decisions}]}</c>, each record with
/// <c>articleCount</c>, <c>firstSeen</c>, <c>lastSeen</c> and its recent <c>articles</c>.
/// </summary>
public static class PeopleJson
{
    /// <summary>
    /// The people of a lookup whose name keys hold every one of <paramref name="words"/> (a surname finds everyone who
    /// has it, a full name only those under each of its words), most articles first, each with their spellings.
    /// </summary>
    public static IReadOnlyList<IGrouping<string, SpellingRecord>> PeopleNamed(ArchiveLookup lookup, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(words);
        return lookup.Spellings.GroupBy(s => s.PersonKey, StringComparer.Ordinal)
            .Where(person => words.All(w => person.First().NameKeys.Contains(w, StringComparer.Ordinal)))
            .OrderByDescending(person => person.Sum(s => s.ArticleCount))
            .ThenBy(person => person.Key, StringComparer.Ordinal)
            .ToArray();
    }

    public static JObject Write(string name, ArchiveLookup lookup, IEnumerable<IGrouping<string, SpellingRecord>> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return new JObject { ["name"] = name, ["people"] = new JArray(people.Select(person => Person(person.Key, person, lookup))) };
    }

    public static JObject Person(string personKey, IEnumerable<SpellingRecord> spellings, ArchiveLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new JObject
        {
            ["personKey"] = personKey,
            ["spellings"] = new JArray(spellings.OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Display, StringComparer.Ordinal).Select(s => new JObject
            {
                ["display"] = s.Display,
                ["articleCount"] = s.ArticleCount,
                ["firstSeen"] = ArchiveJson.Date(s.FirstSeen),
                ["lastSeen"] = ArchiveJson.Date(s.LastSeen),
                ["articles"] = Articles(s.Articles),
            })),
            ["offices"] = new JArray(lookup.Offices.Where(o => o.PersonKey == personKey).OrderByDescending(o => o.LastSeen).ThenBy(o => o.OfficeKey, StringComparer.Ordinal).Select(o => new JObject
            {
                ["officeKey"] = o.OfficeKey,
                ["office"] = o.OfficeDisplay,
                ["articleCount"] = o.ArticleCount,
                ["firstSeen"] = ArchiveJson.Date(o.FirstSeen),
                ["lastSeen"] = ArchiveJson.Date(o.LastSeen),
                ["articles"] = Articles(o.Articles),
            })),
            ["affiliations"] = new JArray(lookup.Affiliations.Where(a => a.PersonKey == personKey).OrderByDescending(a => a.LastSeen).ThenBy(a => a.AffiliationKey, StringComparer.Ordinal).Select(a => new JObject
            {
                ["affiliationKey"] = a.AffiliationKey,
                ["affiliation"] = a.Display,
                ["articleCount"] = a.ArticleCount,
                ["firstSeen"] = ArchiveJson.Date(a.FirstSeen),
                ["lastSeen"] = ArchiveJson.Date(a.LastSeen),
                ["articles"] = Articles(a.Articles),
            })),
            ["decisions"] = new JArray(lookup.Decisions.Where(d => d.Claim.PersonKey == personKey).Select(d => new JObject
            {
                ["kind"] = ArchiveJson.KindName(d.Claim.Kind),
                ["value"] = d.Claim.Value,
                ["verdict"] = d.Verdict == ArchiveVerdict.Established ? "established" : "rejected",
                ["date"] = ArchiveJson.Date(d.Date),
                ["articleId"] = d.ArticleId,
            })),
        };
    }

    private static JArray Articles(IEnumerable<ArticleRef> articles) => new(articles.Select(ArchiveJson.Write));
}
