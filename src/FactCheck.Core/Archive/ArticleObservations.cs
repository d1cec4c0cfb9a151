using FactCheck.Core.Entities;

namespace FactCheck.Core.Archive;

/// <summary>Turns an analysed article into what the archive records of it, and into the lookups a check of it needs.</summary>
public static class ArticleObservations
{
    public static ArchivedArticle Of(DocumentAnalysis analysis, string id, DateOnly date)
    {
        var people = new List<ArchivedPerson>();
        foreach (var cluster in analysis.People)
        {
            if (cluster.Introduction is not { } introduction || introduction.Folded.Length == 0)
            {
                continue;
            }

            var keys = introduction.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
            people.Add(new ArchivedPerson(introduction.Folded, string.Join(' ', introduction.NameTokens), keys));
        }

        return new ArchivedArticle(id, date, people);
    }

    /// <summary>
    /// What a check of the draft asks the archive: each introduced person by their folded full name, each person's
    /// folded surname (a bare "Pelosi" too), and every office the draft states. Never a first name alone: "John"
    /// names a large share of any archive, and a draft's people are found by surname and full name anyway.
    /// </summary>
    public static ArchiveQuery QueryFor(ArchivedArticle article, DocumentAnalysis analysis)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var offices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in article.People)
        {
            persons.Add(person.PersonKey);
            offices.UnionWith(person.Offices.Select(o => o.Key));
        }

        foreach (var cluster in analysis.People)
        {
            // A surname folds to several words at times ("jong un"); the archive files people under single words.
            names.UnionWith(cluster.FoldedSurname.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return new ArchiveQuery(names, offices) { ExcludeArticleId = article.Id, PersonKeys = persons };
    }
}
