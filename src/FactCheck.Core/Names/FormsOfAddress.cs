using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// <summary>
/// The words of the forms of address that stand for a person in transcripts and legal writing: "Your Honor",
/// "Mr. President", "the Petitioner". Closed classes of English usage, folded; none of them is anyone's name.
/// </summary>
internal static class FormsOfAddress
{
    /// <summary>Honorifics spoken to the person after "Your": "Your Honor", "Your Excellency".</summary>
    public static readonly FrozenSet<string> Honorifics = new[]
    {
        "honor", "honour", "honors", "honours", "majesty", "excellency", "highness", "grace", "lordship", "ladyship",
        "eminence", "holiness", "worship",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Courtesy titles that turn an office into a form of address: "Mr. President", "Madam Speaker".</summary>
    public static readonly FrozenSet<string> CourtesyTitles = new[]
    {
        "mr", "mrs", "ms", "madam", "madame", "mister",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The designations of the parties to a proceeding, which briefs and arguments capitalize and use in place of
    /// the party's name ("Petitioner contends", "the Respondent was"). Singular only: the plural is a group.
    /// </summary>
    public static readonly FrozenSet<string> PartyDesignations = new[]
    {
        "petitioner", "respondent", "appellant", "appellee", "plaintiff", "defendant", "claimant", "applicant",
        "complainant", "intervener", "intervenor", "movant", "relator",
    }.ToFrozenSet(StringComparer.Ordinal);
}
