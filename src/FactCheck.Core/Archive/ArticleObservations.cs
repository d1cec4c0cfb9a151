using FactCheck.Core.Entities;
using FactCheck.Core.Names;

namespace FactCheck.Core.Archive;

/// <summary>Turns an analysed article into what the archive records of it, and into the lookups a check of it needs.</summary>
public static class ArticleObservations
{
    public static ArchivedArticle Of(DocumentAnalysis analysis, string id, DateOnly date)
    {
        var people = new List<ArchivedPerson>();
        foreach (var cluster in analysis.People)
        {
            // Only introduced people: a surname alone ("Pelosi") could be anyone of that name, and recording it would
            // let one article's bare surname count as evidence for a person it may not mean.
            if (cluster.Introduction is not { } introduction || introduction.Folded.Length == 0)
            {
                continue;
            }

            var keys = NameKeysOf(introduction.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var offices = cluster.Mentions
                .Select(m => (Mention: m, Office: OfficeNames.SingleHolderOffice(m.Role)))
                .Where(o => o.Office is not null)
                .Select(o => new ArchivedOffice(o.Office!, o.Mention.Role!.Nationality, o.Mention.Role.Span.Text))
                .DistinctBy(o => o.Key)
                .ToArray();
            var affiliations = cluster.Mentions
                .Where(m => m.Affiliation is not null)
                .Select(m => new ArchivedAffiliation(m.Affiliation!.Key, m.Affiliation.Display))
                .DistinctBy(a => a.Key)
                .ToArray();
            people.Add(new ArchivedPerson(introduction.Folded, string.Join(' ', introduction.NameTokens), keys) { Offices = offices, Affiliations = affiliations });
        }

        return new ArchivedArticle(id, date, people);
    }

    /// <summary>
    /// The keys an introduced person is filed under: each folded name word, the <see cref="SlipKey"/>, and the
    /// <see cref="SurnameSlipKeys"/> of the surname, so a one-word misspelling of it finds them.
    /// </summary>
    public static IReadOnlyList<string> NameKeysOf(IReadOnlyList<string> nameWords) =>
        nameWords.Distinct(StringComparer.Ordinal)
            .Concat(SlipKey(nameWords) is { } slip ? [slip] : [])
            .Concat(nameWords.Count >= 2 ? SurnameSlipKeys.Of(nameWords[^1]) : [])
            .ToArray();

    /// <summary>
    /// What a check of the draft asks the archive: each introduced person by their folded full name, each person's
    /// folded surname (a bare "Pelosi" too) and their <see cref="SlipKey"/>, and every office the draft states (one
    /// with a country also bare, as other articles often write it). Never a first name alone: "John" names a large
    /// share of any archive, and a draft's people are found by surname and full name anyway.
    /// <paramref name="surnameOnlyWords"/> are the words the draft uses as a bare surname that no dictionary or name
    /// list knows ("Pelossi"): each asks its <see cref="SurnameSlipKeys"/>, so the archived surname it may misspell
    /// is found, and itself as a person, so a reviewer's decision on it comes back.
    /// </summary>
    /// <param name="article">The draft as the archive would record it.</param>
    /// <param name="analysis">The draft's analysis.</param>
    /// <param name="surnameOnlyWords">The draft's unknown bare surnames.</param>
    /// <param name="settledOfficeKeys">Office keys of bare offices whose country the rest of the draft settles ("foreign minister|turkey").</param>
    public static ArchiveQuery QueryFor(ArchivedArticle article, DocumentAnalysis analysis, IEnumerable<string>? surnameOnlyWords = null, IEnumerable<string>? settledOfficeKeys = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var offices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in article.People)
        {
            persons.Add(person.PersonKey);
            if (SlipKey(person.PersonKey.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } slip)
            {
                names.Add(slip);
            }

            offices.UnionWith(person.Offices.Select(o => o.Key));
            offices.UnionWith(person.Offices.Select(o => OfficeKey.Of(o.Office, null)));
        }

        foreach (var cluster in analysis.People)
        {
            // A surname folds to several words at times ("jong un"); the archive files people under single words.
            names.UnionWith(cluster.FoldedSurname.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        offices.UnionWith(settledOfficeKeys ?? []);
        foreach (var word in surnameOnlyWords ?? [])
        {
            names.UnionWith(SurnameSlipKeys.OfDraftWord(word));
            persons.Add(word);
        }

        return new ArchiveQuery(names, offices) { ExcludeArticleId = article.Id, PersonKeys = persons };
    }

    /// <summary>
    /// "nancy p": the given name and the surname's first letter, so a draft's "Nancy Pelossi" still finds the archive's
    /// Nancy Pelosi without asking for everyone called Nancy. A slip rarely hits the first letter of a surname the
    /// writer knows; the key holds a space, so it never meets a single name word.
    /// </summary>
    public static string? SlipKey(IReadOnlyList<string> nameWords) =>
        nameWords.Count >= 2 && nameWords[^1].Length > 0 ? $"{nameWords[0]} {nameWords[^1][0]}" : null;
}
