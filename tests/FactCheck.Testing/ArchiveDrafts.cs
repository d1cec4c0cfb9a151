namespace FactCheck.Testing;

/// <summary>Drafts that feed the archive: Markdown with a front-matter date, so each archived article has its own date.</summary>
public static class ArchiveDrafts
{
    /// <summary>An article introducing <paramref name="fullName"/> as Turkish foreign minister, dated <paramref name="date"/>.</summary>
    public static string ForeignMinister(string fullName, string surname, string date) => $"""
        ---
        date: {date}
        ---
        Talks in Ankara

        Turkish Foreign Minister {fullName} met his Greek counterpart in Ankara on the border question.

        {surname} told reporters the talks had been useful and would resume next month.
        """;
}
