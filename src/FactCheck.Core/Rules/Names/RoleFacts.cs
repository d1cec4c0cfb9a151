using FactCheck.Core.Entities;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The unqualified single-holder offices stated with person mentions, normalized for comparison: "Defense" and
/// "Defence" are one office; the person is identified by the folded surname key of their cluster. A person the name
/// authority gives a role (<c>names[].role</c>, <c>names[].nationality</c>) has that <see cref="HouseRole"/>, and an
/// office the text states without a country takes the authority's country when it is the same office.
/// </summary>
internal sealed class RoleFacts
{
    public RoleFacts(DocumentAnalysis analysis, IReadOnlyList<NameAuthorityEntry> authority)
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

        var houseRoles = HouseRoles(analysis, authority, lexicon);
        HouseRoleOf = houseRoles;
        SingleHolderRoles = withOffice
            .Where(personOf.ContainsKey)
            .Select(m =>
            {
                var office = Normalize(m.Role!.Office);
                var nationality = m.Role.Nationality
                    ?? (houseRoles.TryGetValue(personOf[m], out var house) && house.Office == office ? house.Nationality : null);
                return new Holder(personOf[m], m, m.Role, office, nationality);
            })
            .ToArray();
    }

    /// <summary>The name authority's role for a person (by the key of <see cref="Holder.Person"/>).</summary>
    public IReadOnlyDictionary<string, HouseRole> HouseRoleOf { get; private init; } = new Dictionary<string, HouseRole>();

    /// <summary>Every mention with an unqualified single-holder office, in text order.</summary>
    public IReadOnlyList<Holder> SingleHolderRoles { get; }

    /// <summary>
    /// Two offices one person cannot hold at once: the same kind of office (minister, secretary, president) with a
    /// different portfolio, or the same office for two countries.
    /// </summary>
    public static bool AreIncompatible(Holder a, Holder b) => AreIncompatible(a.Office, a.Nationality, b.Office, b.Nationality);

    public static bool AreIncompatible(string officeA, string? nationalityA, string officeB, string? nationalityB)
    {
        if (officeA == officeB)
        {
            return nationalityA is not null && nationalityB is not null && nationalityA != nationalityB;
        }

        var headA = officeA.Split(' ')[^1];
        var headB = officeB.Split(' ')[^1];
        var sameCountry = nationalityA is null || nationalityB is null || nationalityA == nationalityB;
        return headA == headB && sameCountry && headA is "minister" or "secretary" or "president" or "governor" or "mayor";
    }

    /// <summary>
    /// The authority entries with a single-holder role, keyed by the person they name in this document: a cluster whose
    /// introduction or surname is the entry's canonical name or an alias (or the surname of one).
    /// </summary>
    private static Dictionary<string, HouseRole> HouseRoles(DocumentAnalysis analysis, IReadOnlyList<NameAuthorityEntry> authority, Lexicon lexicon)
    {
        var roles = new Dictionary<string, HouseRole>(StringComparer.Ordinal);
        foreach (var entry in authority)
        {
            if (entry.Role is null)
            {
                continue;
            }

            var office = Normalize(NameFolding.Fold(entry.Role));
            if (!lexicon.Offices.Contains(office) && !lexicon.Offices.Contains(NameFolding.Fold(entry.Role)))
            {
                continue;
            }

            var nationality = entry.Nationality is null ? null : CountryOf(NameFolding.Fold(entry.Nationality), lexicon);
            var names = entry.Aliases.Append(entry.Canonical).Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
            foreach (var cluster in analysis.People)
            {
                var key = cluster.Introduction?.Folded ?? cluster.FoldedSurname;
                if (names.Contains(key) || names.Contains(cluster.FoldedSurname) || names.Any(n => n.EndsWith(" " + cluster.FoldedSurname, StringComparison.Ordinal)))
                {
                    roles.TryAdd(key, new HouseRole(entry, office, nationality));
                }
            }
        }

        return roles;
    }

    /// <summary>The country key a role's nationality is compared by: "Turkish" and "Turkey" are both turkey.</summary>
    private static string CountryOf(string folded, Lexicon lexicon) =>
        lexicon.Nationalities.TryGetValue(folded, out var country) ? country : folded;

    private static string Normalize(string office) => OfficeNames.Normalize(office);

    public sealed record Holder(string Person, PersonMention Mention, RoleAttribution Role, string Office, string? Nationality);

    /// <summary>A person's office as the name authority states it, normalized like the text's.</summary>
    public sealed record HouseRole(NameAuthorityEntry Entry, string Office, string? Nationality);
}
