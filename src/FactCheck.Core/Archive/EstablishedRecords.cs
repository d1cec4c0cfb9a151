using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Archive;

/// <summary>
/// Which of an archive view's claims are established: shown by at least <see cref="MinimumArticles"/> distinct
/// articles, stated by the house name authority, or decided so by a reviewer; a reviewer's rejection overrides all.
/// The draft's own article never counts: the lookup that filled the view left it out.
/// </summary>
public sealed class EstablishedRecords
{
    /// <summary>Two articles, so a single draft (recorded or not) can never establish anything by itself.</summary>
    public const int MinimumArticles = 2;

    private readonly Dictionary<ArchiveClaim, ArchiveDecision> _decisions = new();
    private readonly HashSet<ArchiveClaim> _authority = new();

    public EstablishedRecords(ArchiveView view, IReadOnlyList<NameAuthorityEntry> authority)
    {
        View = view;
        foreach (var decision in view.Lookup.Decisions)
        {
            _decisions[decision.Claim] = decision;
        }

        var lexicon = Lexicon.Shared;
        foreach (var entry in authority)
        {
            var person = NameFolding.Fold(entry.Canonical);
            foreach (var display in entry.Aliases.Append(entry.Canonical))
            {
                _authority.Add(new ArchiveClaim(ArchiveClaimKind.Spelling, NameFolding.Fold(display), display));
            }

            if (entry.Role is not null)
            {
                var nationality = entry.Nationality is null ? null
                    : lexicon.Nationalities.TryGetValue(NameFolding.Fold(entry.Nationality), out var country) ? country : NameFolding.Fold(entry.Nationality);
                _authority.Add(new ArchiveClaim(ArchiveClaimKind.Office, person, OfficeKey.Of(OfficeNames.Normalize(NameFolding.Fold(entry.Role)), nationality)));
            }

            if (entry.Affiliation is not null)
            {
                _authority.Add(new ArchiveClaim(ArchiveClaimKind.Affiliation, person, AffiliationReader.KeyOf(entry.Affiliation)));
            }
        }

        Spellings = view.Lookup.Spellings.Where(IsEstablished).OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Display, StringComparer.Ordinal).ToArray();
    }

    public ArchiveView View { get; }

    /// <summary>Every established spelling record of the view, most articles first.</summary>
    public IReadOnlyList<SpellingRecord> Spellings { get; }

    public bool IsEstablished(SpellingRecord record) =>
        IsEstablished(new ArchiveClaim(ArchiveClaimKind.Spelling, record.PersonKey, record.Display), record.ArticleCount);

    public bool IsEstablished(OfficeRecord record) =>
        IsEstablished(new ArchiveClaim(ArchiveClaimKind.Office, record.PersonKey, record.OfficeKey), record.ArticleCount);

    public bool IsEstablished(AffiliationRecord record) =>
        IsEstablished(new ArchiveClaim(ArchiveClaimKind.Affiliation, record.PersonKey, record.AffiliationKey), record.ArticleCount);

    /// <summary>The established affiliations of a person, most articles first.</summary>
    public IReadOnlyList<AffiliationRecord> AffiliationsOf(string personKey) =>
        View.Lookup.Affiliations.Where(a => a.PersonKey == personKey && IsEstablished(a))
            .OrderByDescending(a => a.ArticleCount).ThenBy(a => a.AffiliationKey, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Whether a display spelling of a person is established, counted or not in the archive. Case is ignored: a
    /// particle capitalized at a sentence start ("Al-Mekdad said") is the same spelling.
    /// </summary>
    public bool IsEstablishedSpelling(string personKey, string display)
    {
        var records = View.Lookup.Spellings.Where(s => s.PersonKey == personKey && string.Equals(s.Display, display, StringComparison.OrdinalIgnoreCase)).ToArray();
        var claim = new ArchiveClaim(ArchiveClaimKind.Spelling, personKey, display);
        if (_decisions.TryGetValue(claim, out var decision))
        {
            return decision.Verdict == ArchiveVerdict.Established;
        }

        return records.Any(IsEstablished) ||
            _authority.Any(c => c.Kind == ArchiveClaimKind.Spelling && c.PersonKey == personKey && string.Equals(c.Value, display, StringComparison.OrdinalIgnoreCase)) ||
            _decisions.Values.Any(d => d.Verdict == ArchiveVerdict.Established && d.Claim.Kind == ArchiveClaimKind.Spelling && d.Claim.PersonKey == personKey &&
                string.Equals(d.Claim.Value, display, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether anything in the archive makes this person known: an established spelling of them.</summary>
    public bool IsEstablishedPerson(string personKey) => Spellings.Any(s => s.PersonKey == personKey) ||
        _decisions.Values.Any(d => d.Verdict == ArchiveVerdict.Established && d.Claim.Kind == ArchiveClaimKind.Spelling && d.Claim.PersonKey == personKey);

    /// <summary>The established spellings of a person, most articles first.</summary>
    public IReadOnlyList<SpellingRecord> SpellingsOf(string personKey) => Spellings.Where(s => s.PersonKey == personKey).ToArray();

    /// <summary>
    /// The one established person the archive has under a surname ("pelosi" → Nancy Pelosi), with their main spelling
    /// and the established office they were last seen in; null when there is none, or more than one (Hillary and Bill
    /// Clinton) and the surname alone cannot say which.
    /// </summary>
    public (SpellingRecord Spelling, OfficeRecord? Office)? PersonBySurname(string foldedSurname)
    {
        var people = Spellings.Where(s => s.PersonKey.Split(' ')[^1] == foldedSurname).ToArray();
        if (people.Length == 0 || people.Any(p => p.PersonKey != people[0].PersonKey))
        {
            return null;
        }

        var office = View.Lookup.Offices.Where(o => o.PersonKey == people[0].PersonKey && IsEstablished(o)).MaxBy(o => o.LastSeen);
        return (people[0], office);
    }

    /// <summary>
    /// The established holders of one office key: the archive's office records that are established, and the
    /// people a reviewer established in it without a record (held from the decision's date).
    /// </summary>
    public IReadOnlyList<OfficeHolding> HoldersOf(string officeKey)
    {
        var holdings = View.Lookup.Offices
            .Where(o => o.OfficeKey == officeKey && IsEstablished(o))
            .Select(o => new OfficeHolding(o.PersonKey, o.PersonDisplay, o.OfficeDisplay, o.ArticleCount, o.FirstSeen, o.LastSeen, o.Articles))
            .ToList();
        foreach (var decision in _decisions.Values)
        {
            if (decision is { Verdict: ArchiveVerdict.Established, Claim.Kind: ArchiveClaimKind.Office } && decision.Claim.Value == officeKey)
            {
                var index = holdings.FindIndex(h => h.PersonKey == decision.Claim.PersonKey);
                if (index < 0)
                {
                    var display = Spellings.FirstOrDefault(s => s.PersonKey == decision.Claim.PersonKey)?.Display ?? decision.Claim.PersonKey;
                    var articles = decision.ArticleId is null ? Array.Empty<ArticleRef>() : [new ArticleRef(decision.ArticleId, decision.Date)];
                    holdings.Add(new OfficeHolding(decision.Claim.PersonKey, display, "", articles.Length, decision.Date, decision.Date, articles));
                }
                else if (decision.Date < holdings[index].FirstSeen || decision.Date > holdings[index].LastSeen)
                {
                    var holding = holdings[index];
                    holdings[index] = holding with
                    {
                        FirstSeen = decision.Date < holding.FirstSeen ? decision.Date : holding.FirstSeen,
                        LastSeen = decision.Date > holding.LastSeen ? decision.Date : holding.LastSeen,
                    };
                }
            }
        }

        return holdings;
    }

    private bool IsEstablished(ArchiveClaim claim, int articleCount)
    {
        if (_decisions.TryGetValue(claim, out var decision))
        {
            return decision.Verdict == ArchiveVerdict.Established;
        }

        return articleCount >= MinimumArticles || _authority.Contains(claim);
    }
}

/// <summary>One person's established holding of an office, as the archive saw it: first and last dates, articles.</summary>
public sealed record OfficeHolding(
    string PersonKey,
    string PersonDisplay,
    string OfficeDisplay,
    int ArticleCount,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    IReadOnlyList<ArticleRef> Articles);
