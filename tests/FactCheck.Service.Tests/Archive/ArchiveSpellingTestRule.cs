using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Service.Tests.Archive;

/// <summary>
/// A stand-in for the archive rules (written on another branch), so the hosts' archive loop can be tested here: flags
/// a full-name introduction whose spelling differs from the one the archive has in the most articles for the same
/// person (same folded name), unless a reviewer established the draft's spelling. Reads only
/// <see cref="RuleContext.Archive"/>, as a real archive rule must.
/// </summary>
internal sealed class ArchiveSpellingTestRule : IRule
{
    public const string Id = "test-archive-spelling";

    public RuleDescriptor Descriptor { get; } = new(Id, "Archive spelling (test)", Severity.Warning, "Flags a spelling the archive does not use (test only).");

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var lookup = context.Archive.Lookup;
        foreach (var cluster in context.Analysis.People)
        {
            if (cluster.Introduction is not { } introduction)
            {
                continue;
            }

            var display = string.Join(' ', introduction.NameTokens);
            var personKey = introduction.Folded;
            var establishedByReview = lookup.Decisions.Any(d =>
                d is { Verdict: ArchiveVerdict.Established, Claim.Kind: ArchiveClaimKind.Spelling }
                && d.Claim.PersonKey == personKey && d.Claim.Value == display);
            var archived = lookup.Spellings.Where(s => s.PersonKey == personKey)
                .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Display, StringComparer.Ordinal).FirstOrDefault();
            if (establishedByReview || archived is null || archived.Display == display)
            {
                continue;
            }

            yield return new Finding(introduction.Span, $"The archive writes {archived.Display}, not {display}.")
            {
                Suggestion = archived.Display,
                Evidence = [personKey, display],
                Archive = new ArchiveEvidence(
                    new ArchiveClaim(ArchiveClaimKind.Spelling, personKey, display),
                    new ArchiveClaim(ArchiveClaimKind.Spelling, personKey, archived.Display),
                    archived.Articles)
                {
                    Summary = $"the archive has {archived.Display}, {archived.ArticleCount} articles, {archived.FirstSeen:yyyy-MM-dd} to {archived.LastSeen:yyyy-MM-dd}",
                },
            };
        }
    }
}
