using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
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
        var archive = context.Archive.IsEmpty ? null : new EstablishedRecords(context.Archive, context.Settings.NameAuthority);
        var spelledTwoWays = SurnameTransliterations.Of(context.Analysis).SpelledTwoWays;
        var citationBlocks = new Dictionary<int, CitationRange>();

        // A bare surname that misspells an archived person is archive-name-variant's to report, with its correction.
        var slips = archive is not null && context.Settings.For(ArchiveNameVariantRule.Descriptor).Enabled
            ? ArchiveSurnameSlips.Find(context, archive).Select(s => s.Word.Folded).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var cluster in context.Analysis.People)
        {
            // "President Trump", "Pope Francis", "Lord Carloway": a title with the name identifies the person.
            // "his daughter Gianna", "a chef named Lukasz": a given name alone is how news names family members and
            // bystanders; the rule asks for a full name where a surname stands alone.
            if (cluster.Introduction is not null || people.OwnsNameWord(cluster.FoldedSurname) || cluster.Mentions.Any(m => m.Role is { } role && (!IsCourtesyTitle(role) || AfterOffice(context.TextIndex.Text, role.Span.Offset))) ||
                IsGivenNameOnly(cluster.FoldedSurname) || slips.Contains(cluster.FoldedSurname))
            {
                continue;
            }

            var first = cluster.Mentions.FirstOrDefault(m => !m.InHeadline);
            if (first is null || spelledTwoWays.Contains(cluster.FoldedSurname) || NameMismatchRule.DriftedFrom(first, people) is not null ||
                people.SpelledOtherwiseBy(cluster.FoldedSurname) is not null || cluster.Mentions.All(m => m.InHeadline || IsReference(context, citationBlocks, m.Span)))
            {
                // Headline-only names are exempt; drifted names are name-mismatch's to report, other spellings name-spelling-variant's.
                continue;
            }

            yield return WhoTheArchiveHas(new Finding(first.Span,
                $"\"{first.Span.Text}\" is named by surname only and never introduced by full name; give the full name at first mention.")
            {
                Related = cluster.Mentions.Where(m => m != first).Select(m => m.Span).ToArray(),
                Evidence = [cluster.FoldedSurname],
            }, cluster.FoldedSurname, archive);
        }

        var reported = new HashSet<string>(context.Analysis.People.Select(c => c.FoldedSurname), StringComparer.Ordinal);
        var nonPersons = NonPersonWords.Of(context.Analysis);
        foreach (var candidate in NameCandidates.Of(context.Analysis, context.TextIndex).Candidates)
        {
            // A word the recognizer did not call a person is reported only where it stands as a person does
            // ("Morberg said", "said Morberg", "Ms Morberg"), or is a known name opening a sentence or owning
            // something ("Harris stayed", "Harris's campaign"), and never when the recognizer called it a place or
            // an organisation. An office in front identifies the person as a title does above.
            var standsForPerson = candidate.StandsForPerson || candidate.StandsForKnownName || candidate.StandsForUnknownName;
            if (candidate.InHeadline || candidate.IsOrdinaryWord || candidate.IsKnownGivenName || !standsForPerson ||
                candidate.Has(NameEvidence.AfterTitle) || candidate.Has(NameEvidence.InFullName) ||
                people.OwnsNameWord(candidate.Folded) || nonPersons.Contains(candidate.Folded) || slips.Contains(candidate.Folded) || !reported.Add(candidate.Folded) ||
                NameMismatchRule.DriftedFrom(candidate, people).Introduction is not null || people.SpelledOtherwiseBy(candidate.Folded) is not null)
            {
                continue;
            }

            yield return WhoTheArchiveHas(new Finding(candidate.Span,
                $"\"{candidate.Span.Text}\" is named by surname only and never introduced by full name; give the full name at first mention.")
            {
                Evidence = [candidate.Folded],
            }, candidate.Folded, archive);
        }
    }

    /// <summary>
    /// "Dr Morberg", "Professor Morberg", "Ms Morberg": a courtesy or academic title says how to address someone, not
    /// who they are, so it does not stand in for the full name as an office does ("President Morberg").
    /// </summary>
    private static bool IsCourtesyTitle(RoleAttribution role) =>
        role.Nationality is null && PersonContext.CourtesyTitles.Contains(role.Office.TrimEnd('.'));

    /// <summary>"Undersecretary for Education Mr. Toccafondi": an office a few words before the courtesy title still names its holder.</summary>
    private static bool AfterOffice(string text, int offset)
    {
        var tokens = Tokenizer.Tokenize(text, Math.Max(0, offset - 48), offset);
        var lexicon = Lexicon.Shared;
        for (var i = tokens.Count - 1; i >= Math.Max(0, tokens.Count - 4); i--)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }

            var folded = NameFolding.Fold(tokens[i].Text);
            if (lexicon.Offices.Contains(folded) || (lexicon.Titles.Contains(folded) && !PersonContext.CourtesyTitles.Contains(folded)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGivenNameOnly(string folded) =>
        Lexicon.Shared.IsGivenName(folded) && !Lexicon.Shared.IsSurname(folded) && !folded.Contains(' ', StringComparison.Ordinal);

    /// <summary>"Roe v. Wade", "Quilis (1964)": a case or a cited author is a reference, not a person to introduce.</summary>
    private static bool IsReference(RuleContext context, Dictionary<int, CitationRange> blocks, TextSpan span)
    {
        // The block, not the sentence: a splitter may end a sentence at "v.".
        var sentence = context.TextIndex.Sentences.FirstOrDefault(s => s.Offset <= span.Offset && span.Offset < s.End);
        if (sentence is null)
        {
            return false;
        }

        // A block's mentions are asked about one after another: tokenize and fold each block once per check.
        if (!blocks.TryGetValue(sentence.BlockIndex, out var block))
        {
            var sentences = context.TextIndex.Sentences.Where(s => s.BlockIndex == sentence.BlockIndex).ToArray();
            blocks[sentence.BlockIndex] = block = new CitationRange(context.TextIndex.Text, sentences[0].Offset, sentences[^1].End);
        }

        return block.IsReferenceAt(span.Offset, span.End);
    }

    /// <summary>The party as a reader says it ("Democratic" for "D-Calif." or "Democrat"), any other affiliation as last written.</summary>
    private static string AffiliationName(AffiliationRecord affiliation) => affiliation.AffiliationKey switch
    {
        "democratic" => "Democratic",
        "republican" => "Republican",
        "independent" => "Independent",
        _ => affiliation.Display,
    };

    /// <summary>
    /// Names the one established person the archive has under the surname, so the editor knows whose full name to
    /// give: "the archive has Nancy Pelosi, House Speaker, 12 articles". The flag's id stays that of the surname.
    /// </summary>
    private static Finding WhoTheArchiveHas(Finding finding, string surname, EstablishedRecords? archive)
    {
        if (archive?.PersonBySurname(surname) is not var (spelling, office))
        {
            return finding;
        }

        var affiliations = office is null ? archive.AffiliationsOf(spelling.PersonKey) : [];
        var affiliation = affiliations.Count > 0 ? affiliations[0] : null;
        var who = office is not null ? $"{spelling.Display}, {office.OfficeDisplay}"
            : affiliation is not null ? $"{spelling.Display}, {AffiliationName(affiliation)}"
            : spelling.Display;
        var summary = $"the archive has {who}, {spelling.ArticleCount} {ArchiveNameVariantRule.Articles(spelling.ArticleCount)}";
        return finding with
        {
            Message = $"{finding.Message} {char.ToUpperInvariant(summary[0])}{summary[1..]}.",
            Archive = new ArchiveEvidence(
                new ArchiveClaim(ArchiveClaimKind.Spelling, surname, finding.Span.Text),
                new ArchiveClaim(ArchiveClaimKind.Spelling, spelling.PersonKey, spelling.Display),
                spelling.Articles)
            { Summary = summary },
        };
    }
}
