using System.Globalization;
using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A person the draft introduces in a spelling the newsroom archive has not established, when the archive has an
/// established spelling of the same person: the same folded name in another display ("Erdogan" for the house's
/// "Erdoğan"), or the same name word for word except for a slip the name rules recognise (a surname that resembles
/// or transliterates the archived one, a given name one letter or one romanization away). Reported once per person,
/// at the introduction, however consistently the draft repeats it.
/// </summary>
public sealed class ArchiveNameVariantRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "archive-name-variant",
        "Person spelled differently from the newsroom archive",
        Severity.Warning,
        "A person written differently from the spelling the newsroom's archive has established for them, even when the draft is consistent.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Archive.IsEmpty)
        {
            yield break;
        }

        var established = new EstablishedRecords(context.Archive, context.Settings.NameAuthority);
        var draftPeople = context.Analysis.People.Select(c => c.Introduction?.Folded).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var draftOffices = new RoleFacts(context.Analysis, context.Settings.NameAuthority).SingleHolderRoles
            .Select(h => (h.Person, Country: h.Nationality ?? BareOfficeCountry.Of(h, context.TextIndex), h.Office))
            .Where(h => h.Country is not null)
            .Select(h => (h.Person, Key: OfficeKey.Of(h.Office, h.Country)))
            .ToArray();
        foreach (var cluster in context.Analysis.People)
        {
            if (cluster.Introduction is not { } introduction || introduction.Folded.Length == 0)
            {
                continue;
            }

            var display = string.Join(' ', introduction.NameTokens);
            var offices = draftOffices.Where(o => o.Person == introduction.Folded).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            var affiliations = cluster.Mentions.Select(m => m.Affiliation?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (established.IsEstablishedSpelling(introduction.Folded, display) || HouseSpellingOf(introduction, display, established, draftPeople, new DraftTies(offices, affiliations)) is not { } house)
            {
                continue;
            }

            var summary = string.Create(CultureInfo.InvariantCulture,
                $"the archive has {house.Display}, {house.ArticleCount} {Articles(house.ArticleCount)}, {house.FirstSeen:yyyy-MM-dd} to {house.LastSeen:yyyy-MM-dd}");
            var latest = house.Articles.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; latest {house.Articles[0].Id}, {house.Articles[0].Date:yyyy-MM-dd}") : "";
            yield return new Finding(introduction.Span,
                $"\"{introduction.Span.Text}\" is written {house.Display} in the newsroom archive ({house.ArticleCount} {Articles(house.ArticleCount)}, {Dates(house.FirstSeen, house.LastSeen)}{latest}).")
            {
                Suggestion = house.Display,
                Related = cluster.Mentions.Where(m => m != introduction).Select(m => m.Span).ToArray(),
                Evidence = [introduction.Folded, display.ToLowerInvariant(), house.Display.ToLowerInvariant()],
                Archive = new ArchiveEvidence(
                    new ArchiveClaim(ArchiveClaimKind.Spelling, introduction.Folded, display),
                    new ArchiveClaim(ArchiveClaimKind.Spelling, house.PersonKey, house.Display),
                    house.Articles)
                { Summary = summary },
            };
        }

        foreach (var slip in ArchiveSurnameSlips.Find(context, established))
        {
            var (first, house) = (slip.Word.Spans[0], slip.House);
            var latest = house.Articles.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; latest {house.Articles[0].Id}, {house.Articles[0].Date:yyyy-MM-dd}") : "";
            yield return new Finding(first,
                $"\"{first.Text}\" is named by surname only, and no one of that name is in the newsroom archive; it has {house.Display} ({house.ArticleCount} {Articles(house.ArticleCount)}, {Dates(house.FirstSeen, house.LastSeen)}{latest}). Did you mean {slip.HouseSurname}?")
            {
                Suggestion = slip.HouseSurname,
                Related = slip.Word.Spans.Skip(1).ToArray(),
                Evidence = [slip.Word.Folded, house.PersonKey],
                Archive = new ArchiveEvidence(
                    new ArchiveClaim(ArchiveClaimKind.Spelling, slip.Word.Folded, first.Text),
                    new ArchiveClaim(ArchiveClaimKind.Spelling, house.PersonKey, house.Display),
                    house.Articles)
                {
                    Summary = string.Create(CultureInfo.InvariantCulture,
                        $"the archive has {house.Display}, {house.ArticleCount} {Articles(house.ArticleCount)}, {house.FirstSeen:yyyy-MM-dd} to {house.LastSeen:yyyy-MM-dd}"),
                },
            };
        }
    }

    internal static string Articles(int count) => count == 1 ? "article" : "articles";

    internal static string Dates(DateOnly first, DateOnly last) => first == last
        ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}");

    /// <summary>
    /// The archive's established spelling of the person the draft introduces, when there is exactly one person it can
    /// be: the same folded name first; otherwise one other archived person whose name differs only by slips. A draft
    /// person the archive knows in its own right is someone else, as is an archived person the draft names too.
    /// </summary>
    private static SpellingRecord? HouseSpellingOf(PersonMention introduction, string display, EstablishedRecords established, HashSet<string> draftPeople, DraftTies ties)
    {
        var same = established.SpellingsOf(introduction.Folded);
        if (same.Count > 0)
        {
            return same.FirstOrDefault(s => !string.Equals(s.Display, display, StringComparison.OrdinalIgnoreCase));
        }

        if (established.IsEstablishedPerson(introduction.Folded))
        {
            return null;
        }

        var words = introduction.Folded.Split(' ');
        var candidates = established.Spellings
            .Where(s => !draftPeople.Contains(s.PersonKey) && IsSlipOf(words, s.PersonKey.Split(' '), HoldsOneOf(established, s.PersonKey, ties.Offices) || SharesAffiliation(established, s.PersonKey, ties.Affiliations)))
            .ToArray();
        return candidates.Select(s => s.PersonKey).Distinct(StringComparer.Ordinal).Count() == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// Word for word the same name but for slips: the surname resembles or transliterates the archived one, a given
    /// name is one letter or one romanization away. "Chelsea Clinton" is no slip of "Hillary Clinton".
    /// </summary>
    private static bool IsSlipOf(string[] draft, string[] archived, bool officeAgrees)
    {
        if (draft.Length != archived.Length)
        {
            return false;
        }

        var differs = false;
        for (var i = 0; i < draft.Length; i++)
        {
            var (a, b) = (draft[i], archived[i]);
            if (a == b)
            {
                continue;
            }

            differs = true;
            var slip = i == draft.Length - 1
                ? IsSurnameSlip(a, b, officeAgrees)
                : NameSimilarity.GivenNamesResemble(a, b) || NameSimilarity.AreGivenNameVariants(a, b);
            if (!slip)
            {
                return false;
            }
        }

        return differs;
    }

    /// <summary>
    /// A surname slip across articles: one the name rules call a resemblance, or a transliteration at most two letters
    /// away (Mekdad/Miqdad). The consonant skeleton alone is too loose without a draft's context tying the two together:
    /// Murillo the footballer and Morell the intelligence chief share one, and two articles about two Michaels would
    /// make one a misspelling of the other.
    /// </summary>
    /// <remarks>
    /// When the draft gives the person an office with its country, or an affiliation, that the archive has established
    /// for the archived person (<paramref name="officeAgrees"/>: "Syrian Foreign Minister Faisal Miqdaad" and the archive's Syrian foreign
    /// minister Faisal Mekdad), the office ties the two together as a draft's context would, and any transliteration of
    /// the surname is accepted, however many letters it moves.
    /// </remarks>
    internal static bool IsSurnameSlip(string draft, string archived, bool officeAgrees = false) =>
        NameSimilarity.Resembles(draft, archived) ||
        NameSimilarity.AreTransliterations(draft, archived) && (officeAgrees || NameSimilarity.EditDistance(draft, archived, 2) <= 2);

    /// <summary>
    /// Whether the archive has the person established with one of the affiliations the draft gives ("Democrat Nancy
    /// Pelossi" and the archive's Democratic Nancy Pelosi). Another affiliation ties nothing: it may be another person.
    /// </summary>
    private static bool SharesAffiliation(EstablishedRecords established, string personKey, HashSet<string> draftAffiliations) =>
        draftAffiliations.Count > 0 && established.AffiliationsOf(personKey).Any(a => draftAffiliations.Contains(a.AffiliationKey));

    /// <summary>What the draft states with a person that can tie them to an archived one: offices with country, affiliations.</summary>
    private sealed record DraftTies(HashSet<string> Offices, HashSet<string> Affiliations);

    /// <summary>Whether the archive has the person established in one of the offices (with country) the draft gives.</summary>
    private static bool HoldsOneOf(EstablishedRecords established, string personKey, HashSet<string> draftOffices) =>
        draftOffices.Count > 0 && established.View.Lookup.Offices.Any(o => o.PersonKey == personKey && draftOffices.Contains(o.OfficeKey) && established.IsEstablished(o));
}
