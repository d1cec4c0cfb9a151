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

    public static ArchiveQuery QueryFor(ArchivedArticle article, DocumentAnalysis analysis)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var offices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in article.People)
        {
            names.UnionWith(person.NameKeys);
            offices.UnionWith(person.Offices.Select(o => o.Key));
        }

        foreach (var cluster in analysis.People)
        {
            if (cluster.FoldedSurname.Length > 0)
            {
                names.Add(cluster.FoldedSurname);
            }
        }

        return new ArchiveQuery(names, offices) { ExcludeArticleId = article.Id };
    }
}
