using FactCheck.Core.Archive;
using FactCheck.Core.Model;

namespace FactCheck.Core.Rules;

/// <summary>
/// A person the draft writes differently from the archive's established spelling of the same person (same folded
/// name, different display: "Erdogan" for the house's "Erdoğan"). Quiet when the draft's spelling is established
/// itself, when the archive's is not, and for people the archive does not know.
/// </summary>
public sealed class ArchiveNameVariantRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "archive-name-variant",
        "A person spelled differently from the newsroom archive",
        Severity.Warning,
        "A person written differently from the spelling the newsroom's archive has established for them.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Archive.IsEmpty)
        {
            yield break;
        }

        var established = new EstablishedRecords(context.Archive, context.Settings.NameAuthority);
        foreach (var cluster in context.Analysis.People)
        {
            if (cluster.Introduction is not { } introduction || introduction.Folded.Length == 0)
            {
                continue;
            }

            var display = string.Join(' ', introduction.NameTokens);
            if (established.IsEstablishedSpelling(introduction.Folded, display))
            {
                continue;
            }

            if (established.SpellingsOf(introduction.Folded).FirstOrDefault(s => s.Display != display) is not { } house)
            {
                continue;
            }

            var summary = $"the archive has {house.Display}, {house.ArticleCount} articles, {house.FirstSeen:yyyy-MM-dd} to {house.LastSeen:yyyy-MM-dd}";
            yield return new Finding(introduction.Span, $"\"{introduction.Span.Text}\" is written {house.Display} in the archive ({house.ArticleCount} articles, {house.FirstSeen:yyyy-MM-dd} to {house.LastSeen:yyyy-MM-dd}).")
            {
                Suggestion = house.Display,
                Evidence = [introduction.Folded, display.ToLowerInvariant(), house.Display.ToLowerInvariant()],
                Archive = new ArchiveEvidence(
                    new ArchiveClaim(ArchiveClaimKind.Spelling, introduction.Folded, display),
                    new ArchiveClaim(ArchiveClaimKind.Spelling, house.PersonKey, house.Display),
                    house.Articles) { Summary = summary },
            };
        }
    }
}
