using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Bare surnames the draft may have misspelled against the archive: "Pelossi said …" in a draft that introduces no
/// one by that name, when the archive has Nancy Pelosi established in <see cref="MinimumArticles"/> articles.
/// <see cref="ArchiveNameVariantRule"/> reports them and <see cref="UnintroducedNameRule"/> leaves them to it, so a
/// word gets one flag. Only a word no dictionary and no name list knows is a candidate ("Pelossi", never "Castle" or
/// "Perez"): a known word or name is far more often itself than a slip of someone the desk has written about.
/// </summary>
public static class ArchiveSurnameSlips
{
    /// <summary>
    /// A bare surname carries no given name to agree with the archive's, so the archived person must be one the desk
    /// writes about often: established in at least three articles, one more than a full name needs.
    /// </summary>
    public const int MinimumArticles = EstablishedRecords.MinimumArticles + 1;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, IReadOnlyList<SurnameOnlyWord>> WordsCache = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, FoundSlips> SlipsCache = new();

    /// <summary>A word the draft uses as a bare surname: its folded form and every place it is written.</summary>
    public sealed record SurnameOnlyWord(string Folded, IReadOnlyList<TextSpan> Spans);

    /// <summary>A bare surname and the one established archived person it most likely misspells.</summary>
    public sealed record Slip(SurnameOnlyWord Word, SpellingRecord House, string HouseSurname);

    /// <summary>
    /// The draft's bare surnames that no dictionary or name list knows: the recognizer's person mentions never
    /// introduced by full name and the capitalized words standing where a person's name does ("Pelossi said"),
    /// minus those the in-draft name rules explain (a drift from or another spelling of an introduced person).
    /// Found once per analysis: the archive query and the rules that read the slips all ask;
    /// <paramref name="index"/> is the check's shared word index.
    /// </summary>
    public static IReadOnlyList<SurnameOnlyWord> WordsOf(DocumentAnalysis analysis, TextIndex index) =>
        WordsCache.GetValue(analysis, a => FindWords(a, index));

    private static SurnameOnlyWord[] FindWords(DocumentAnalysis analysis, TextIndex index)
    {
        var people = IntroducedPeople.Of(analysis);
        var words = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var cluster in analysis.People)
        {
            if (cluster.Introduction is not null || !IsUnknownWord(cluster.FoldedSurname) || people.OwnsNameWord(cluster.FoldedSurname) ||
                cluster.Mentions.Any(m => NameMismatchRule.DriftedFrom(m, people) is not null) || people.SpelledOtherwiseBy(cluster.FoldedSurname) is not null)
            {
                continue;
            }

            Add(words, cluster.FoldedSurname, cluster.Mentions.Select(m => m.Span));
        }

        var nonPersons = NonPersonWords.Of(analysis);
        foreach (var candidate in NameCandidates.Of(analysis, index).Candidates)
        {
            if (!(candidate.StandsForPerson || candidate.StandsForUnknownName) || candidate.IsOrdinaryWord || candidate.IsDictionaryWord ||
                candidate.IsKnownName || candidate.Has(NameEvidence.InFullName) || !IsUnknownWord(candidate.Folded) ||
                people.OwnsNameWord(candidate.Folded) || nonPersons.Contains(candidate.Folded) ||
                NameMismatchRule.DriftedFrom(candidate, people).Introduction is not null || people.SpelledOtherwiseBy(candidate.Folded) is not null)
            {
                continue;
            }

            Add(words, candidate.Folded, [candidate.Span]);
        }

        return words.Select(w => new SurnameOnlyWord(w.Key, w.Value.DistinctBy(s => s.Offset).OrderBy(s => s.Offset).ToArray())).ToArray();
    }

    /// <summary>
    /// The bare surnames of the draft that are one slip away from the surname of exactly one established archived
    /// person the draft does not name otherwise. A reviewer's <c>correct</c> on the draft's spelling, an archived
    /// person of that very surname, or the archived surname written in the draft too, each keep a word quiet.
    /// Both archive-name-variant and unintroduced-name ask within one check; the answer is kept per analysis for the
    /// archive view and name authority it was found with, so a second check of the same analysis against another
    /// archive finds its own.
    /// </summary>
    public static IReadOnlyList<Slip> Find(RuleContext context, EstablishedRecords established)
    {
        var authority = context.Settings.NameAuthority;
        if (SlipsCache.TryGetValue(context.Analysis, out var found) && ReferenceEquals(found.View, established.View) && ReferenceEquals(found.Authority, authority))
        {
            return found.Slips;
        }

        var slips = FindSlips(context, established);
        SlipsCache.AddOrUpdate(context.Analysis, new FoundSlips(established.View, authority, slips));
        return slips;
    }

    private static Slip[] FindSlips(RuleContext context, EstablishedRecords established)
    {
        var draftPeople = context.Analysis.People.Select(c => c.Introduction?.Folded).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var draftWords = context.TextIndex.Words.Where(w => w.IsCapitalized).Select(w => NameFolding.Fold(w.Text)).ToHashSet(StringComparer.Ordinal);
        var slips = new List<Slip>();
        foreach (var word in WordsOf(context.Analysis, context.TextIndex))
        {
            var written = word.Spans[0].Text;
            if (established.IsEstablishedSpelling(word.Folded, written) || established.Spellings.Any(s => SurnameOf(s) == word.Folded))
            {
                continue;
            }

            var matches = established.Spellings
                .Where(s => s.ArticleCount >= MinimumArticles && !draftPeople.Contains(s.PersonKey) && !draftWords.Contains(SurnameOf(s)) && IsSlip(word.Folded, SurnameOf(s)))
                .ToArray();
            if (matches.Length == 0 || matches.Any(m => m.PersonKey != matches[0].PersonKey))
            {
                continue;
            }

            var house = matches[0];
            slips.Add(new Slip(word, house, house.Display.Split(' ')[^1]));
        }

        return slips.ToArray();
    }

    /// <summary>
    /// One edit away (a doubled, dropped, changed or swapped letter) and a resemblance the name rules accept: the
    /// keys that found the archived surname allow two edits, but without a draft tying the two together two edits
    /// turn one real name into another too easily (Morell/Murillo). A word shorter than the keyed surnames may only
    /// be one with a letter dropped ("Bidn" for Biden): a four-letter word with a letter changed is as often another
    /// name (Bush/Rush).
    /// </summary>
    internal static bool IsSlip(string draft, string archived) =>
        draft != archived && NameSimilarity.EditDistance(draft, archived, 1) <= 1 &&
        (draft.Length >= SurnameSlipKeys.MinimumLength || archived.Length == draft.Length + 1) &&
        NameSimilarity.Resembles(draft, archived, vouched: true) && !NameSimilarity.IsFamilyPlural(draft, archived);

    private static string SurnameOf(SpellingRecord spelling) => spelling.PersonKey.Split(' ')[^1];

    private static bool IsUnknownWord(string folded)
    {
        if (folded.Length < SurnameSlipKeys.MinimumLength - 1 || folded.Contains(' '))
        {
            return false;
        }

        var lexicon = Lexicon.Shared;
        var dictionary = EnglishDictionary.Shared;
        return !lexicon.IsKnownName(folded) && !lexicon.IsLocation(folded) && !lexicon.IsNationality(folded) && !lexicon.CommonWords.Contains(folded) &&
            dictionary.CommonLevel(folded) == 0 && dictionary.ProperLevel(folded) == 0;
    }

    private static void Add(Dictionary<string, List<TextSpan>> words, string folded, IEnumerable<TextSpan> spans)
    {
        if (!words.TryGetValue(folded, out var list))
        {
            words[folded] = list = [];
        }

        list.AddRange(spans);
    }

    private sealed record FoundSlips(ArchiveView View, IReadOnlyList<NameAuthorityEntry> Authority, IReadOnlyList<Slip> Slips);
}
