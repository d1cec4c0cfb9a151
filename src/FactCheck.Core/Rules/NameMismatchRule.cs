using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A name that matches no one introduced in the article but closely resembles someone who is: the
/// "Cavusoglu … Davutoglu" drift. The introduction is the anchor, so its name is the suggestion. Three kinds of
/// mention are read: the recognizer's person mentions, full names that repeat an introduction with one word changed,
/// and <see cref="NameCandidates"/> (capitalized words the recognizer did not call a person), so a drift is caught
/// whichever recognizer ran and whether or not it saw the drifted word as a name.
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
        if (people.Introductions.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        var flagged = new HashSet<int>();
        foreach (var drift in people.DriftedFullNames)
        {
            var mention = drift.Mention;
            var introduction = drift.Introduction;
            var span = MentionWords.Word(mention, drift.DriftedToken);
            var anchorWord = drift.DriftedToken == 0 ? introduction.NameTokens[0] : SurnameAsWritten(introduction);
            if (flagged.Add(span.Offset))
            {
                findings.Add(Flag(span, mention.Folded, introduction, anchorWord, anchorWord));
            }
        }

        foreach (var mention in context.Analysis.Persons)
        {
            var introduction = DriftedFrom(mention, people);
            if (introduction is not null && flagged.Add(mention.Span.Offset))
            {
                var surname = SurnameAsWritten(introduction);
                findings.Add(Flag(mention.Span, mention.Folded, introduction, surname, surname));
            }
        }

        foreach (var candidate in NameCandidates.Of(context.Analysis, context.TextIndex).Candidates)
        {
            if (candidate.InHeadline || people.OwnsNameWord(candidate.Folded) || flagged.Contains(candidate.Span.Offset))
            {
                continue;
            }

            var (introduction, anchorWord) = DriftedFrom(candidate, people);
            if (introduction is not null && flagged.Add(candidate.Span.Offset))
            {
                findings.Add(Flag(candidate.Span, candidate.Folded, introduction, anchorWord!, anchorWord!));
            }
        }

        findings.Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));
        return findings;
    }

    /// <summary>The introduction a surname-only person mention drifted from, or null when it is fine or unrelated.</summary>
    internal static PersonMention? DriftedFrom(PersonMention mention, IntroducedPeople people)
    {
        // Full names are judged as a whole by IntroducedPeople: a drifted one is a DriftedFullName.
        if (mention.IsFullName || mention.FoldedSurname.Length == 0 || people.OwnsNameWord(mention.FoldedSurname))
        {
            return null;
        }

        return people.ResembledBy(mention.FoldedSurname);
    }

    /// <summary>The introduction a candidate word drifted from, with the introduced word it replaces.</summary>
    internal static (PersonMention? Introduction, string? Word) DriftedFrom(NameCandidate candidate, IntroducedPeople people)
    {
        if (candidate.Has(NameEvidence.GivenName))
        {
            var sameSurname = candidate.OtherName is null ? null : people.WithSurname(candidate.OtherName);
            var given = sameSurname is null ? null : NameFolding.Fold(sameSurname.NameTokens[0]);
            return given is not null && NameSimilarity.GivenNamesResemble(candidate.Folded, given) && !NameSimilarity.AreGivenNameVariants(candidate.Folded, given)
                ? (sameSurname, sameSurname!.NameTokens[0])
                : (null, null);
        }

        var introduction = people.ResembledBy(candidate.Folded,
            vouched: candidate.Has(NameEvidence.InFullName) || (!candidate.IsKnownName && !candidate.IsOrdinaryWord && candidate.IsOnlyUse));
        if (introduction is null)
        {
            return (null, null);
        }

        if (candidate.Has(NameEvidence.InFullName) && candidate.OtherName != NameFolding.Fold(introduction.NameTokens[0]))
        {
            // "Erna Solbreg" drifts from Erna Solberg, not from an Anders Solberg introduced elsewhere.
            return (null, null);
        }

        // An ordinary word capitalized mid-sentence is a name only when it is one slip from an introduced one, or two
        // when it follows the introduced person's own given name ("captain Harry Have" for Harry Kane).
        var slips = candidate.Has(NameEvidence.InFullName) ? 2 : 1;
        if (candidate.IsOrdinaryWord && NameSimilarity.EditDistance(candidate.Folded, introduction.FoldedSurname, slips) > slips)
        {
            return (null, null);
        }

        return (introduction, SurnameAsWritten(introduction));
    }

    private static Finding Flag(TextSpan span, string folded, PersonMention introduction, string anchorWord, string suggestion) =>
        new(span, $"\"{span.Text}\" matches no one introduced in this article; it resembles {anchorWord}, introduced as \"{introduction.Span.Text}\".")
        {
            Suggestion = suggestion,
            Related = [introduction.Span],
            Evidence = [folded, introduction.Folded],
        };

    private static string SurnameAsWritten(PersonMention introduction) => NameSpellingVariantRule.SurnameAsWritten(introduction);
}
