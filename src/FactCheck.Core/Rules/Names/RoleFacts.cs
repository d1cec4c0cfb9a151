using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The unqualified single-holder offices stated with person mentions, normalized for comparison: "Defense" and
/// "Defence" are one office; the person is identified by the folded surname key of their cluster.
/// </summary>
internal sealed class RoleFacts
{
    private static readonly Dictionary<string, string> OfficeSpellings = new(StringComparer.Ordinal)
    {
        ["defence"] = "defense",
        ["labour"] = "labor",
    };

    public RoleFacts(DocumentAnalysis analysis, CheckSettings settings)
    {
        var lexicon = Lexicon.Shared;
        var withOffice = analysis.Persons.Where(m => m.Role is { Qualifier: null } role && lexicon.Offices.Contains(role.Office)).ToArray();
        if (withOffice.Length == 0)
        {
            SingleHolderRoles = [];
            return;
        }

        var personOf = new Dictionary<PersonMention, string>(ReferenceEqualityComparer.Instance);
        foreach (var cluster in analysis.People)
        {
            var key = cluster.Introduction?.Folded ?? cluster.FoldedSurname;
            foreach (var mention in cluster.Mentions)
            {
                personOf[mention] = key;
            }
        }

        SingleHolderRoles = withOffice
            .Where(personOf.ContainsKey)
            .Select(m => new Holder(personOf[m], m, m.Role!, Normalize(m.Role!.Office), m.Role!.Nationality))
            .ToArray();
    }

    /// <summary>Every mention with an unqualified single-holder office, in text order.</summary>
    public IReadOnlyList<Holder> SingleHolderRoles { get; }

    /// <summary>
    /// Two offices one person cannot hold at once: the same kind of office (minister, secretary, president) with a
    /// different portfolio, or the same office for two countries.
    /// </summary>
    public static bool AreIncompatible(Holder a, Holder b)
    {
        if (a.Office == b.Office)
        {
            return a.Nationality is not null && b.Nationality is not null && a.Nationality != b.Nationality;
        }

        var headA = a.Office.Split(' ')[^1];
        var headB = b.Office.Split(' ')[^1];
        var sameCountry = a.Nationality is null || b.Nationality is null || a.Nationality == b.Nationality;
        return headA == headB && sameCountry && headA is "minister" or "secretary" or "president" or "governor" or "mayor";
    }

    private static string Normalize(string office) =>
        string.Join(' ', office.Split(' ').Select(w => OfficeSpellings.TryGetValue(w, out var us) ? us : w));

    public sealed record Holder(string Person, PersonMention Mention, RoleAttribution Role, string Office, string? Nationality);
}
