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
        var people = PeopleJson.PeopleNamed(lookup, words);
        if (people.Count == 0)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, $"The archive has no one named '{name}'.");
        }

        return new JsonBodyResult(PeopleJson.Write(name, lookup, people));
    }
}
