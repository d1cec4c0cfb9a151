using System.Text.RegularExpressions;
using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A single-holder office with a country ("Turkish Foreign Minister") the draft gives to someone other than the
/// holder the newsroom archive has established for it at the draft's date, or to a person the archive last saw in
/// it before someone else took it over. Offices change, so the newest established holder wins, and the rule is quiet
/// when the draft states a transition (former, new, then-, succeeded, appointed…), when the archive's holder is named
/// in the draft too, and when the archive has not seen the office for <see cref="StaleAfterDays"/> days before the
/// draft's date.
/// </summary>
public sealed partial class ArchiveOfficeConflictRule : IRule
{
    /// <summary>
    /// A desk that covers an office writes it several times a year; after a year without a sighting the archive no
    /// longer knows who holds it, and a new name in the draft is as likely a change of holder as a mistake.
    /// </summary>
    public const int StaleAfterDays = 365;

    public static RuleDescriptor Descriptor { get; } = new(
        "archive-office-conflict",
        "Office given to someone the newsroom archive does not have in it",
        Severity.Warning,
        "A single-holder office given to someone other than the holder the newsroom's archive has established for it at the draft's date.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Archive.IsEmpty || context.Archive.Lookup.Offices.Count == 0 && context.Archive.Lookup.Decisions.Count == 0)
        {
            yield break;
        }

        var established = new EstablishedRecords(context.Archive, context.Settings.NameAuthority);
        var date = context.Settings.ArticleDate ?? context.Document.MetadataDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var clusters = new Dictionary<string, PersonCluster>(StringComparer.Ordinal);
        foreach (var cluster in context.Analysis.People)
        {
            clusters.TryAdd(cluster.Introduction?.Folded ?? cluster.FoldedSurname, cluster);
        }

        var reported = new HashSet<(string, string)>();
        foreach (var holder in new RoleFacts(context.Analysis, context.Settings.NameAuthority).SingleHolderRoles)
        {
            // An office without its country could be any country's, unless the draft names one country only.
            var country = holder.Nationality ?? BareOfficeCountry.Of(holder, context.TextIndex);
            if (country is null || !clusters.TryGetValue(holder.Person, out var cluster))
            {
                continue;
            }

            var officeKey = OfficeKey.Of(holder.Office, country);
            if (reported.Contains((holder.Person, officeKey)) || holder.Nationality is null && HoldsItElsewhere(context, holder, officeKey))
            {
                continue;
            }

            var holdings = established.HoldersOf(officeKey);
            if (HolderAt(holdings, date) is not { } current || current.PersonKey == holder.Person ||
                holdings.Any(h => h.PersonKey == holder.Person && h.FirstSeen > current.FirstSeen) ||
                IsSamePerson(holder.Person, current.PersonKey) || NamesHolder(context, current) ||
                StatesTransition(context, cluster, holder.Office) || DatesItBefore(context, cluster, current.FirstSeen))
            {
                continue;
            }

            reported.Add((holder.Person, officeKey));
            var earlier = holdings.FirstOrDefault(h => h.PersonKey == holder.Person && h.LastSeen < current.FirstSeen);
            var took = earlier is null ? "" : $"; it last saw {earlier.PersonDisplay} in it on {earlier.LastSeen:yyyy-MM-dd}, before {current.PersonDisplay} took over";
            var latest = current.Articles.Count > 0 ? $", latest {current.Articles[0].Id}" : "";
            var seen = $"{current.ArticleCount} {ArchiveNameVariantRule.Articles(current.ArticleCount)}, first seen {current.FirstSeen:yyyy-MM-dd}, last seen {current.LastSeen:yyyy-MM-dd}{latest}";
            var whose = holder.Nationality is null ? $" (read as {Possessive(Title(country))}, the one country the draft names)" : "";
            yield return new Finding(holder.Role.Span,
                FormattableString.Invariant($"{holder.Role.Span.Text}{whose} is given to \"{holder.Mention.Span.Text}\" here, but the newsroom archive has {current.PersonDisplay} in that office ({seen}){took}."))
            {
                Related = [holder.Mention.Span],
                Evidence = [holder.Person, officeKey, current.PersonKey],
                Archive = new ArchiveEvidence(
                    new ArchiveClaim(ArchiveClaimKind.Office, holder.Person, officeKey),
                    new ArchiveClaim(ArchiveClaimKind.Office, current.PersonKey, officeKey),
                    current.Articles)
                { Summary = FormattableString.Invariant($"the archive has {current.PersonDisplay} as {OfficeTitle(current, holder)}, {seen}") },
            };
        }
    }

    /// <summary>
    /// Who the archive has in the office on <paramref name="date"/>: of the holdings spanning the date, the one that
    /// began last (a newer holder wins); otherwise the last one seen before it, unless that sighting is stale.
    /// Holdings that begin after the date say nothing about it.
    /// </summary>
    internal static OfficeHolding? HolderAt(IReadOnlyList<OfficeHolding> holdings, DateOnly date)
    {
        var spanning = holdings.Where(h => h.FirstSeen <= date && date <= h.LastSeen).MaxBy(h => h.FirstSeen);
        if (spanning is not null)
        {
            return spanning;
        }

        var before = holdings.Where(h => h.LastSeen < date).MaxBy(h => h.LastSeen);
        return before is not null && date.DayNumber - before.LastSeen.DayNumber <= StaleAfterDays ? before : null;
    }

    /// <summary>
    /// A bare office whose country came from the rest of the draft is no conflict when the archive has the draft's
    /// person in the same office of another country: the draft names the country it is about, not theirs
    /// ("Foreign Minister Sameh Shoukry met Turkish officials").
    /// </summary>
    private static bool HoldsItElsewhere(RuleContext context, RoleFacts.Holder holder, string officeKey) =>
        context.Archive.Lookup.Offices.Any(o => o.PersonKey == holder.Person && o.OfficeKey != officeKey &&
            o.OfficeKey.StartsWith(holder.Office + "|", StringComparison.Ordinal) && !o.OfficeKey.EndsWith('|'));

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Title(string folded) =>
        string.Join(' ', folded.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string OfficeTitle(OfficeHolding current, RoleFacts.Holder holder) =>
        current.OfficeDisplay.Length > 0 ? current.OfficeDisplay : holder.Role.Span.Text;

    /// <summary>
    /// The same person in another spelling ("Mevlut Cavusoglou", "Mevlüt Çavuşoğlu") or a shorter form of the name
    /// ("Recep Erdogan") is archive-name-variant's to report, not another holder; the office is theirs, so it ties the
    /// two as archive-name-variant lets it ("Faisal Miqdaad" for the archive's Syrian foreign minister Faisal Mekdad).
    /// Surnames alike are not enough: Ahmet Davutoglu and Mevlut Cavusoglu held the office one after the other.
    /// </summary>
    private static bool IsSamePerson(string draftPerson, string archivePerson)
    {
        var a = draftPerson.Split(' ');
        var b = archivePerson.Split(' ');
        if (a[^1] != b[^1] && !(a.Length > 1 ? ArchiveNameVariantRule.IsSurnameSlip(a[^1], b[^1], officeAgrees: true) : NameSimilarity.AreTransliterations(a[^1], b[^1])))
        {
            return false;
        }

        return a.Length == 1 || b.Length == 1 || a[0] == b[0] || NameSimilarity.GivenNamesResemble(a[0], b[0]) || NameSimilarity.AreGivenNameVariants(a[0], b[0]);
    }

    /// <summary>A draft that names the archive's holder too knows of them ("succeeding Cavusoglu", "his predecessor").</summary>
    private static bool NamesHolder(RuleContext context, OfficeHolding current)
    {
        var surname = current.PersonKey.Split(' ')[^1];
        return context.Analysis.People.Any(c => c.FoldedSurname == surname || c.Introduction?.Folded == current.PersonKey) ||
            context.TextIndex.Words.Any(w => w.IsCapitalized && NameFolding.Fold(w.Text) == surname);
    }

    /// <summary>
    /// The draft says the office changed hands: the person is given it with a qualifier somewhere ("the former
    /// foreign minister"), or a sentence naming them speaks of a change ("was appointed", "succeeds", "the new").
    /// </summary>
    private static bool StatesTransition(RuleContext context, PersonCluster cluster, string office)
    {
        if (cluster.Mentions.Any(m => m.Role is { Qualifier: not null } role && OfficeNames.Normalize(role.Office) == office))
        {
            return true;
        }

        foreach (var sentence in context.TextIndex.Sentences)
        {
            if (cluster.Mentions.Any(m => m.Span.Offset >= sentence.Offset && m.Span.Offset < sentence.End) && Transition().IsMatch(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence naming the person that speaks of a year or decade before the archive's holder took the office ("In
    /// the 1800s, … President Ulysses S. Grant", "in 2012 Foreign Minister Ahmet Davutoglu") gives the office as it was
    /// then: history, not a claim about today's holder.
    /// </summary>
    private static bool DatesItBefore(RuleContext context, PersonCluster cluster, DateOnly holderSince)
    {
        foreach (var sentence in context.TextIndex.Sentences)
        {
            if (cluster.Mentions.Any(m => m.Span.Offset >= sentence.Offset && m.Span.Offset < sentence.End) &&
                Year().Matches(sentence.Text).Any(y => int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < holderSince.Year))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(1[5-9]\d\d|20\d\d)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(new|newly|succeed(s|ed|ing)?|successor|predecessor|replac(e|es|ed|ing)|former|formerly|previously|then-|ex-|incoming|outgoing|appoint(s|ed|ing|ment)?|sworn|nominat(e|es|ed|ion)|took over|takes over|taking over|resign(s|ed|ation)?|stepped down|steps down|ousted|until)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Transition();
}
