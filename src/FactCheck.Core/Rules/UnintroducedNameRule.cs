using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A person referred to by surname only and never introduced by full name. Reported once per person, at the
/// first mention outside the headline (headlines use bare surnames by convention).
/// </summary>
public sealed class UnintroducedNameRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "unintroduced-name",
        "Person never introduced by full name",
        Severity.Info,
        "A surname-only person mention that is never introduced by full name or title (the headline is exempt).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var people = IntroducedPeople.Of(context.Analysis);
        foreach (var cluster in context.Analysis.People)
        {
            // "President Trump", "Pope Francis", "Lord Carloway": a title with the name identifies the person.
            if (cluster.Introduction is not null || people.OwnsNameWord(cluster.FoldedSurname) || cluster.Mentions.Any(m => m.Role is not null))
            {
                continue;
            }

            var first = cluster.Mentions.FirstOrDefault(m => !m.InHeadline);
            if (first is null || NameMismatchRule.DriftedFrom(first, people) is not null)
            {
                // Headline-only names are exempt; drifted names are name-mismatch's to report.
                continue;
            }

            yield return new Finding(first.Span,
                $"\"{first.Span.Text}\" is named by surname only and never introduced by full name; give the full name at first mention.")
            {
                Related = cluster.Mentions.Where(m => m != first).Select(m => m.Span).ToArray(),
                Evidence = [cluster.FoldedSurname],
            };
        }
    }
}
