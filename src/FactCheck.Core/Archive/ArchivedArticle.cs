namespace FactCheck.Core.Archive;

/// <summary>
/// What one checked or imported article tells the archive: the people it names, how it spells them and the offices
/// it gives them. Recording the same <see cref="Id"/> again replaces that article's earlier contribution.
/// </summary>
public sealed record ArchivedArticle(string Id, DateOnly Date, IReadOnlyList<ArchivedPerson> People)
{
    /// <summary>The article's headline or file name, shown with the evidence.</summary>
    public string? Title { get; init; }
}

/// <summary>
/// One person as an article writes them. <see cref="PersonKey"/> is the folded full name ("nancy pelosi"), so
/// "Erdogan" and "Erdoğan" are one person with two displays; <see cref="NameKeys"/> are the folded name words the
/// person is found under ("nancy", "pelosi").
/// </summary>
public sealed record ArchivedPerson(string PersonKey, string Display, IReadOnlyList<string> NameKeys)
{
    public IReadOnlyList<ArchivedOffice> Offices { get; init; } = [];

    /// <summary>The parties, organisations or faiths the article gives the person, one per key.</summary>
    public IReadOnlyList<ArchivedAffiliation> Affiliations { get; init; } = [];
}

/// <summary>An affiliation given to a person: the normalised key ("democratic") and the display as written ("Democrat").</summary>
public sealed record ArchivedAffiliation(string Key, string Display);

/// <summary>An unqualified single-holder office given to a person ("foreign minister", "turkish").</summary>
public sealed record ArchivedOffice(string Office, string? Nationality, string Display)
{
    /// <summary>The lookup key of the office: "foreign minister|turkish", or "foreign minister|" without a country.</summary>
    public string Key => OfficeKey.Of(Office, Nationality);
}

/// <summary>The one spelling of an office's lookup key.</summary>
public static class OfficeKey
{
    public static string Of(string office, string? nationality) => $"{office}|{nationality ?? ""}";
}
