using FactCheck.Core.Entities;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A person mention that matches no one introduced in the article but closely resembles someone who is: the
/// "Cavusoglu … Davutoglu" drift. The introduction is the anchor, so its surname is the suggestion.
/// </summary>
public sealed class NameMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "name-mismatch",
        "Name does not match the person introduced",
        Severity.Warning,
        "A person mention that matches no one introduced in the article but closely resembles someone who is.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var people = IntroducedPeople.Of(context.Analysis);
        foreach (var mention in context.Analysis.Persons)
        {
            var introduction = DriftedFrom(mention, people);
            if (introduction is null)
            {
                continue;
            }

            var written = introduction.NameTokens[^1];
            var surname = StripParticleAsWritten(written);
            yield return new Finding(mention.Span,
                $"\"{mention.Span.Text}\" matches no one introduced in this article; it resembles {surname}, introduced as \"{introduction.Span.Text}\".")
            {
                Suggestion = mention.IsFullName ? ReplaceSurname(mention, surname) : surname,
                Related = [introduction.Span],
                Evidence = [mention.Folded, introduction.Folded],
            };
        }
    }

    /// <summary>The introduction a mention drifted from, or null when the mention is fine or unrelated.</summary>
    internal static PersonMention? DriftedFrom(PersonMention mention, IntroducedPeople people)
    {
        if (mention.FoldedSurname.Length == 0 || people.OwnsNameWord(mention.FoldedSurname))
        {
            return null;
        }

        if (mention.IsFullName)
        {
            // A different full name is a different, properly introduced person, unless it keeps an introduced
            // person's given name and drifts only the surname ("Mevlut Davutoglu").
            var given = NameFolding.Fold(mention.NameTokens[0]);
            var match = people.ResembledBy(mention.FoldedSurname);
            return match is not null && NameFolding.Fold(match.NameTokens[0]) == given ? match : null;
        }

        return people.ResembledBy(mention.FoldedSurname);
    }

    private static string StripParticleAsWritten(string written)
    {
        var hyphen = written.IndexOf('-');
        return hyphen is > 0 and <= 3 && char.IsLower(written[0]) ? written[(hyphen + 1)..] : written;
    }

    private static string ReplaceSurname(PersonMention mention, string surname) =>
        string.Join(' ', mention.NameTokens.Take(mention.NameTokens.Count - 1).Append(surname));
}
