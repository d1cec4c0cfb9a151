using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// The same person's name spelled two ways in one article (Mekdad/Miqdad, Zelensky/Zelenskyy, Çavuşoğlu/Cavusoglu).
/// The preferred spelling is the house style's (a name authority entry) if configured, else the spelling of the
/// first full introduction, else the first spelling used; every other spelling is flagged.
/// </summary>
public sealed class NameSpellingVariantRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "name-spelling-variant",
        "Same name spelled two ways",
        Severity.Warning,
        "The same person's name spelled two ways in one article (transliteration or diacritic variants).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var findings = RecognizedVariants(context).ToList();
        var flagged = findings.Select(f => f.Span.Offset).ToHashSet();
        var people = IntroducedPeople.Of(context.Analysis);
        foreach (var candidate in NameCandidates.Of(context.Analysis, context.TextIndex).Candidates)
        {
            // A word the recognizer did not call a person but that spells an introduced surname another way
            // ("Mundez" for Mendez): name-mismatch leaves romanization-equal pairs to this rule.
            if (candidate.InHeadline || flagged.Contains(candidate.Span.Offset) || people.OwnsNameWord(candidate.Folded) ||
                candidate.Has(NameEvidence.GivenName))
            {
                continue;
            }

            // An ordinary word capitalized mid-sentence ("the prosecution of Tramp", "Saree" for Sarea) is another
            // spelling only at one changed letter; further off it is more likely the word itself.
            var introduction = people.SpelledOtherwiseBy(candidate.Folded);
            if (introduction is not null && candidate.IsOrdinaryWord && NameSimilarity.EditDistance(candidate.Folded, introduction.FoldedSurname, 1) > 1)
            {
                introduction = null;
            }

            if (introduction is null)
            {
                continue;
            }

            var preferred = SurnameAsWritten(introduction);
            flagged.Add(candidate.Span.Offset);
            findings.Add(new Finding(candidate.Span, $"\"{candidate.Span.Text}\" is spelled \"{preferred}\" elsewhere in this article; use one spelling.")
            {
                Suggestion = preferred,
                Related = [introduction.Span],
                Evidence = [candidate.Span.Text, preferred],
            });
        }

        return findings.OrderBy(f => f.Span.Offset);
    }

    private static IEnumerable<Finding> RecognizedVariants(RuleContext context)
    {
        var transliterations = SurnameTransliterations.Of(context.Analysis);
        if (transliterations.SpelledTwoWays.Count == 0 && !WritesOneSurnameTwoWays(context.Analysis.Persons))
        {
            yield break;
        }

        var groups = context.Analysis.Persons
            .Where(m => m.FoldedSurname.Length >= SurnameTransliterations.MinimumLength)
            .GroupBy(m => transliterations.KeyOf(m.FoldedSurname));
        foreach (var group in groups)
        {
            var mentions = group.ToArray();
            if (mentions.Length < 2)
            {
                continue;
            }

            var spellings = mentions.Select(m => SurnameAsWritten(m)).Distinct(StringComparer.Ordinal).ToArray();
            if (spellings.Length < 2)
            {
                continue;
            }

            var onePerson = AreOnePerson(mentions);
            var preferred = HouseSpelling(context.Settings, mentions)
                ?? SurnameAsWritten(mentions.FirstOrDefault(m => m.IsFullName) ?? mentions[0]);
            var anchor = mentions.FirstOrDefault(m => SurnameAsWritten(m) == preferred) ?? mentions[0];
            foreach (var variant in mentions.Where(m => SurnameAsWritten(m) != preferred).GroupBy(SurnameAsWritten))
            {
                if (!onePerson && !IsVariantAmongRelatives(mentions, variant.ToArray(), preferred) ||
                    IsQuotedSourceSpelling(context, variant.ToArray()))
                {
                    continue;
                }

                // One flag per variant spelling, at its first use; every other use is a related location.
                var first = variant.First();
                var written = variant.Key;
                var times = variant.Count() == 1 ? "" : $" ({variant.Count()}×)";
                yield return new Finding(first.IsFullName ? MentionWords.Surname(first, written) : first.Span,
                    $"\"{written}\"{times} is spelled \"{preferred}\" elsewhere in this article; use one spelling.")
                {
                    Suggestion = preferred,
                    Related = variant.Skip(1).Select(m => m.Span).Prepend(anchor.Span).ToArray(),
                    Evidence = [written, preferred],
                };
            }
        }
    }

    /// <summary>
    /// Most articles spell every surname one way. With no two folded surnames sharing a transliteration key, that is
    /// settled with one dictionary, before grouping mentions: false when each folded surname is written one way.
    /// </summary>
    private static bool WritesOneSurnameTwoWays(IEnumerable<PersonMention> persons)
    {
        var writtenBySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in persons)
        {
            if (mention.FoldedSurname.Length < SurnameTransliterations.MinimumLength)
            {
                continue;
            }

            var written = SurnameAsWritten(mention);
            if (!writtenBySurname.TryAdd(mention.FoldedSurname, written) && writtenBySurname[mention.FoldedSurname] != written)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The surname as the text writes it, without a leading particle ("al-Mekdad" → "Mekdad").</summary>
    internal static string SurnameAsWritten(PersonMention mention)
    {
        var tokens = mention.NameTokens;
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].Length <= 4 && NameFolding.Fold(tokens[end - 1]) is "jr" or "sr" or "ii" or "iii" or "iv")
        {
            end--;
        }

        var last = end > 0 ? tokens[end - 1] : mention.Span.Text;
        var hyphen = last.IndexOf('-');
        return hyphen is > 0 and <= 3 && char.IsLower(last[0]) ? last[(hyphen + 1)..] : last;
    }

    /// <summary>
    /// A quoted source writes a name its own way, and keeps to it ("Hamza bin Ladin … son of Usama bin Ladin" in a
    /// statement an article quotes while writing bin Laden): a spelling used more than once and only inside
    /// quotations is the source's. A slip is written once, and is still flagged inside a quotation.
    /// </summary>
    private static bool IsQuotedSourceSpelling(RuleContext context, PersonMention[] variant) =>
        variant.Length >= 2 && variant.All(m => Quotations.Contains(context.Document, m.Span.Offset));

    /// <summary>
    /// Relatives share a surname and write it one way, so among several given names a spelling is still a variant
    /// when no one was introduced with it ("Mehamed" among Ahmed and Mohamed El-Hassan Mohamed) or when only people
    /// also introduced with the preferred spelling use it ("Ahmed Mohomed" after Ahmed Mohamed). Smith and Smyth
    /// with different given names are two people.
    /// </summary>
    private static bool IsVariantAmongRelatives(IReadOnlyList<PersonMention> mentions, IReadOnlyList<PersonMention> variant, string preferred)
    {
        var givenWithVariant = variant.Where(m => m.IsFullName).Select(m => NameFolding.Fold(m.NameTokens[0])).ToHashSet(StringComparer.Ordinal);
        var givenWithPreferred = mentions.Where(m => m.IsFullName && SurnameAsWritten(m) == preferred).Select(m => NameFolding.Fold(m.NameTokens[0])).ToHashSet(StringComparer.Ordinal);
        return givenWithPreferred.Count > 0 && givenWithVariant.IsSubsetOf(givenWithPreferred);
    }

    /// <summary>Different given names with one surname are relatives or namesakes, not a spelling problem.</summary>
    private static bool AreOnePerson(IReadOnlyList<PersonMention> mentions)
    {
        var givenNames = mentions.Where(m => m.IsFullName).Select(m => NameFolding.Fold(m.NameTokens[0])).Distinct().Count();
        return givenNames <= 1;
    }

    private static string? HouseSpelling(CheckSettings settings, IReadOnlyList<PersonMention> mentions)
    {
        foreach (var entry in settings.NameAuthority)
        {
            var canonicalTokens = entry.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var names = entry.Aliases.Append(entry.Canonical).Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
            if (mentions.Any(m => names.Contains(m.Folded) || names.Contains(m.FoldedSurname) ||
                                  names.Any(n => n.EndsWith(" " + m.FoldedSurname, StringComparison.Ordinal))))
            {
                return canonicalTokens[^1];
            }
        }

        return null;
    }
}
