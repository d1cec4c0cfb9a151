using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Archive;

/// <summary>
/// Which of an archive view's claims are established: shown by at least <see cref="MinimumArticles"/> distinct
/// articles, stated by the house name authority, or decided so by a reviewer; a reviewer's rejection overrides all.
/// </summary>
public sealed class EstablishedRecords
{
    /// <summary>Two articles, so a single draft (recorded or not) can never establish anything by itself.</summary>
    public const int MinimumArticles = 2;

    private readonly Dictionary<ArchiveClaim, ArchiveVerdict> _decisions = new();
    private readonly HashSet<ArchiveClaim> _authority = new();

    public EstablishedRecords(ArchiveView view, IReadOnlyList<NameAuthorityEntry> authority)
    {
        View = view;
        foreach (var decision in view.Lookup.Decisions)
        {
            _decisions[decision.Claim] = decision.Verdict;
        }

        foreach (var entry in authority)
        {
            foreach (var display in entry.Aliases.Append(entry.Canonical))
            {
                _authority.Add(new ArchiveClaim(ArchiveClaimKind.Spelling, NameFolding.Fold(display), display));
            }
        }
    }

    public ArchiveView View { get; }

    public bool IsEstablished(SpellingRecord record) =>
        IsEstablished(new ArchiveClaim(ArchiveClaimKind.Spelling, record.PersonKey, record.Display), record.ArticleCount);

    public bool IsEstablished(OfficeRecord record) =>
        IsEstablished(new ArchiveClaim(ArchiveClaimKind.Office, record.PersonKey, record.OfficeKey), record.ArticleCount);

    /// <summary>Whether a display spelling of a person is established, counted or not in the archive.</summary>
    public bool IsEstablishedSpelling(string personKey, string display)
    {
        var record = View.Lookup.Spellings.FirstOrDefault(s => s.PersonKey == personKey && s.Display == display);
        return IsEstablished(new ArchiveClaim(ArchiveClaimKind.Spelling, personKey, display), record?.ArticleCount ?? 0);
    }

    /// <summary>The established spellings of a person, most articles first.</summary>
    public IReadOnlyList<SpellingRecord> SpellingsOf(string personKey) =>
        View.Lookup.Spellings.Where(s => s.PersonKey == personKey && IsEstablished(s)).OrderByDescending(s => s.ArticleCount).ToArray();

    private bool IsEstablished(ArchiveClaim claim, int articleCount)
    {
        if (_decisions.TryGetValue(claim, out var verdict))
        {
            return verdict == ArchiveVerdict.Established;
        }

        return articleCount >= MinimumArticles || _authority.Contains(claim);
    }
}
