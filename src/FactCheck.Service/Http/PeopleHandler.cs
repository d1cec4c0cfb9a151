using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Reports;
using FactCheck.Service.Storage;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// <c>GET /api/people?name=NAME</c>: what the newsroom archive holds of the people under a name: their spellings with
/// counts, dates and articles, their offices and affiliations (party, organisation, faith) with dates, and the
/// reviewers' decisions.
/// </summary>
public sealed class PeopleHandler
{
    /// <summary>The longest name asked for, in characters: well over any real name, far under a URL's limit.</summary>
    public const int MaxNameLength = 200;

    private readonly IPeopleArchive? _archive;

    public PeopleHandler(IPeopleArchive? archive = null)
    {
        _archive = archive;
    }

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var names = request.Query["name"];
        var name = names.Count == 1 ? names[0]?.Trim() : null;
        if (names.Count > 1)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "name is given more than once; ask for one person: GET /api/people?name=Nancy%20Pelosi.");
        }

        if (string.IsNullOrEmpty(name))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "name is missing or empty; ask for a person: GET /api/people?name=Nancy%20Pelosi.");
        }

        if (name.Length > MaxNameLength)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"name is {name.Length:N0} characters long; the limit is {MaxNameLength:N0}.");
        }

        var words = NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (words.Length == 0)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, "name has no letters or digits; ask for a person: GET /api/people?name=Nancy%20Pelosi.");
        }

        if (_archive is null)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, "The archive is off on this host (FactCheck__Archive=off), so it knows no one.");
        }

        var lookup = await _archive.LookupAsync(new ArchiveQuery(words, []), cancellationToken).ConfigureAwait(false);
        var people = lookup.Spellings.GroupBy(s => s.PersonKey, StringComparer.Ordinal)
            .Where(person => words.All(w => person.First().NameKeys.Contains(w, StringComparer.Ordinal)))
            .OrderByDescending(person => person.Sum(s => s.ArticleCount))
            .ThenBy(person => person.Key, StringComparer.Ordinal)
            .Select(person => Person(person.Key, person, lookup))
            .ToArray();
        if (people.Length == 0)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, $"The archive has no one named '{name}'.");
        }

        return new JsonBodyResult(new JObject { ["name"] = name, ["people"] = new JArray(people) });
    }

    private static JObject Person(string personKey, IEnumerable<SpellingRecord> spellings, ArchiveLookup lookup) => new()
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
        ["offices"] = new JArray(lookup.Offices.Where(o => o.PersonKey == personKey).OrderByDescending(o => o.LastSeen).Select(o => new JObject
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

    private static JArray Articles(IEnumerable<ArticleRef> articles) => new(articles.Select(ArchiveJson.Write));
}
