using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// A person named in the headline who never appears in the body, or whose headline name differs from the body's
/// (a drift or a different spelling).
/// </summary>
public sealed class HeadlineBodyRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "headline-body",
        "Headline names someone the body does not",
        Severity.Warning,
        "A person named in the headline who is absent from the body, or whose headline name differs from the body's.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Document.Blocks.Count < 2 || !LooksLikeHeadline(context.Text, context.Document.Blocks[0]))
        {
            return [];
        }

        var findings = RecognizedHeadlineNames(context).ToList();
        findings.AddRange(UnrecognizedHeadlineDrifts(context, findings));
        return findings.OrderBy(f => f.Span.Offset);
    }

    private static IEnumerable<Finding> RecognizedHeadlineNames(RuleContext context)
    {
        // "Banker Resigns After Audit": a lone title word in a headline is the job, not a surname.
        var headline = context.Analysis.Persons
            .Where(m => m.InHeadline && (m.IsFullName || !Lexicon.Shared.IsTitleOrOffice(m.FoldedSurname)))
            .ToArray();
        if (headline.Length == 0)
        {
            yield break;
        }

        var body = context.Analysis.Persons.Where(m => !m.InHeadline).ToArray();
        HashSet<string>? bodyWords = null;
        PersonMention[]? bodyCandidates = null;
        foreach (var mention in headline)
        {
            // Usually the body names the headline's person by the same surname; only otherwise is every name word needed.
            if (body.Any(b => b.FoldedSurname == mention.FoldedSurname))
            {
                continue;
            }

            bodyWords ??= body.SelectMany(m => m.NameTokens.Select(NameFolding.Fold).Append(m.FoldedSurname)).ToHashSet(StringComparer.Ordinal);
            if (bodyWords.Contains(mention.FoldedSurname))
            {
                continue;
            }

            // Only a body name that is itself introduced can correct the headline; a drifted body name is
            // name-mismatch's to report. One body mention per surname, full names first, at most
            // MaxComparedIntroductions of them: a headline compared with a body naming thousands of people stays linear.
            bodyCandidates ??= BodyCandidates(body, IntroducedPeople.Of(context.Analysis));
            var resembled = bodyCandidates
                .FirstOrDefault(b => NameSimilarity.Resembles(mention.FoldedSurname, b.FoldedSurname) || NameSimilarity.AreTransliterations(mention.FoldedSurname, b.FoldedSurname));
            if (resembled is not null)
            {
                var surname = NameSpellingVariantRule.SurnameAsWritten(resembled);
                yield return new Finding(mention.Span,
                    $"The headline names \"{mention.Span.Text}\" but the body has \"{resembled.Span.Text}\".")
                {
                    Suggestion = surname,
                    Related = [resembled.Span],
                    Evidence = [mention.Folded, resembled.FoldedSurname],
                };
            }
            else
            {
                yield return new Finding(mention.Span,
                    $"The headline names \"{mention.Span.Text}\", who does not appear in the body.")
                {
                    Evidence = [mention.Folded],
                };
            }
        }
    }

    /// <summary>
    /// A headline word no recognizer called a person that resembles the surname of someone the body introduces
    /// ("Davutoglu Meets Lavrov" over a body about Mevlut Cavusoglu): the same drift whether or not the recognizer
    /// knew the word. A word the lists or the dictionary explain is left alone; headlines are full of capitals.
    /// </summary>
    private static IEnumerable<Finding> UnrecognizedHeadlineDrifts(RuleContext context, List<Finding> found)
    {
        var introduced = IntroducedPeople.Of(context.Analysis);
        if (introduced.Introductions.Count == 0)
        {
            yield break;
        }

        var headlinePersons = context.Analysis.Persons.Where(p => p.InHeadline).ToArray();
        var flagged = found.Select(f => f.Span.Offset).ToHashSet();
        PersonMention[]? bodyCandidates = null;
        foreach (var word in context.TextIndex.BlockWords(0))
        {
            if (!word.IsCapitalized || word.Length < 4 || flagged.Contains(word.Offset) ||
                headlinePersons.Any(p => p.Span.Offset <= word.Offset && word.Offset < p.Span.End))
            {
                continue;
            }

            var written = word.Text[..NameCandidates.LengthWithoutPossessive(word)];
            var folded = NameFolding.Fold(written);
            if (introduced.OwnsNameWord(folded) || OrdinaryWords.Shared.IsOrdinary(folded) || NameCandidates.Explains(Lexicon.Shared, folded))
            {
                continue;
            }

            bodyCandidates ??= BodyCandidates(context.Analysis.Persons.Where(m => !m.InHeadline).ToArray(), introduced);
            var resembled = bodyCandidates.FirstOrDefault(b => NameSimilarity.Resembles(folded, b.FoldedSurname) || NameSimilarity.AreTransliterations(folded, b.FoldedSurname));
            if (resembled is null)
            {
                continue;
            }

            var span = new TextSpan(word.Offset, written.Length, written);
            yield return new Finding(span, $"The headline names \"{written}\" but the body has \"{resembled.Span.Text}\".")
            {
                Suggestion = NameSpellingVariantRule.SurnameAsWritten(resembled),
                Related = [resembled.Span],
                Evidence = [folded, resembled.FoldedSurname],
            };
        }
    }

    private static PersonMention[] BodyCandidates(PersonMention[] body, IntroducedPeople introduced)
    {
        var introducedBody = body.Where(b => introduced.OwnsNameWord(b.FoldedSurname)).ToArray();
        return introducedBody.Where(m => m.IsFullName).Concat(introducedBody.Where(m => !m.IsFullName))
            .DistinctBy(m => m.FoldedSurname, StringComparer.Ordinal)
            .Take(IntroducedPeople.MaxComparedIntroductions)
            .ToArray();
    }

    /// <summary>A headline is a short first block that does not end like a sentence.</summary>
    private static bool LooksLikeHeadline(string text, Documents.TextBlock block)
    {
        var last = text[block.End - 1];
        return block.Length <= 200 && last is not ('.' or '!' or '?' or '"' or '\u201d');
    }
}
