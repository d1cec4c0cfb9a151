using FactCheck.Core.Diagnostics;
using FactCheck.Core.Entities;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The people an article introduces by full name, and every folded name word they own, shared by the name rules.
/// A full name that repeats an earlier introduction with one name drifted ("Erna Solberg" … "Erna Solbreg",
/// "Kristin Wilkins" … "Kristen Wilkins") introduces no one: it is kept as a <see cref="DriftedFullName"/> and owns no
/// words, so the drifted word cannot vouch for itself. Comparisons against introduced surnames are bounded: a mention
/// is compared with at most <see cref="MaxComparedIntroductions"/> introductions, so an article naming thousands of
/// people stays linear.
/// </summary>
public sealed class IntroducedPeople
{
    /// <summary>Enough for any real article (the 60-article corpus peaks far below it); caps pairwise work.</summary>
    public const int MaxComparedIntroductions = 200;

    private readonly HashSet<string> _nameWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonMention> _bySurname = new(StringComparer.Ordinal);
    private string[]? _transliterationKeys;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, IntroducedPeople> Cache = new();

    /// <summary>The introduced people of an analysis, computed once however many name rules ask.</summary>
    public static IntroducedPeople Of(DocumentAnalysis analysis) => Cache.GetValue(analysis, a => new IntroducedPeople(a.Persons));

    public IntroducedPeople(DocumentAnalysis analysis)
        : this(analysis.Persons)
    {
    }

    internal IntroducedPeople(IEnumerable<PersonMention> persons)
    {
        var fullNames = persons.Where(m => m.IsFullName).ToArray();
        var timesWritten = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in fullNames)
        {
            timesWritten[mention.Folded] = timesWritten.GetValueOrDefault(mention.Folded) + 1;
        }

        var introductions = new List<PersonMention>();
        var drifted = new List<DriftedFullName>();
        var byGivenName = new Dictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in fullNames)
        {
            if (!settled.Add(mention.Folded))
            {
                continue;
            }

            var given = NameFolding.Fold(mention.NameTokens[0]);
            var drift = timesWritten[mention.Folded] == 1 && introductions.Count > 0 ? DriftOf(mention, given, byGivenName) : null;
            if (drift is not null)
            {
                drifted.Add(drift);
                continue;
            }

            foreach (var token in mention.NameTokens)
            {
                var folded = NameFolding.Fold(token);
                _nameWords.Add(folded);
                _nameWords.Add(PersonResolver.StripParticle(folded, Lexicon.Shared));
            }

            if (_bySurname.TryAdd(mention.FoldedSurname, mention))
            {
                introductions.Add(mention);
            }

            if (!byGivenName.TryGetValue(given, out var sameGiven))
            {
                byGivenName[given] = sameGiven = [];
            }

            sameGiven.Add(mention);
        }

        Introductions = introductions;
        DriftedFullNames = drifted;
    }

    /// <summary>The first full-name mention of each distinct surname, in text order.</summary>
    public IReadOnlyList<PersonMention> Introductions { get; }

    /// <summary>Full names written once that repeat an earlier introduction with its surname or given name drifted.</summary>
    public IReadOnlyList<DriftedFullName> DriftedFullNames { get; }

    /// <summary>True when the folded word is a given name or surname of someone introduced.</summary>
    public bool OwnsNameWord(string folded) => _nameWords.Contains(folded);

    /// <summary>The introduction whose surname is <paramref name="foldedSurname"/>, or null.</summary>
    public PersonMention? WithSurname(string foldedSurname) => _bySurname.GetValueOrDefault(foldedSurname);

    /// <summary>
    /// The introduced person a drifted surname most resembles (not a transliteration of), or null;
    /// <paramref name="vouched"/> as in <see cref="NameSimilarity.Resembles"/>.
    /// </summary>
    public PersonMention? ResembledBy(string foldedSurname, bool vouched = false)
    {
        PersonMention? best = null;
        var bestDistance = int.MaxValue;
        var bestSimilarity = 0.0;
        foreach (var introduction in Introductions.Take(MaxComparedIntroductions))
        {
            var introduced = introduction.FoldedSurname;
            if (!NameSimilarity.Resembles(foldedSurname, introduced, vouched) || NameSimilarity.AreTransliterations(foldedSurname, introduced) ||
                NameSimilarity.IsFamilyPlural(foldedSurname, introduced))
            {
                continue;
            }

            var distance = NameSimilarity.EditDistance(foldedSurname, introduced, 2);
            var similarity = NameSimilarity.Similarity(foldedSurname, introduced);
            if (distance < bestDistance || (distance == bestDistance && similarity > bestSimilarity))
            {
                best = introduction;
                bestDistance = distance;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    /// <summary>
    /// The introduced person whose surname <paramref name="foldedSurname"/> spells another way (Mundez for Mendez,
    /// Tosk for Tusk: equal under romanization, at most two edits apart), or null: name-spelling-variant's to report.
    /// </summary>
    public PersonMention? SpelledOtherwiseBy(string foldedSurname)
    {
        if (foldedSurname.Length < 4)
        {
            return null;
        }

        // Asked for every name candidate: the introductions' keys are computed once, the candidate's once per call.
        _transliterationKeys ??= Introductions.Take(MaxComparedIntroductions).Select(i => NameSimilarity.TransliterationKey(i.FoldedSurname)).ToArray();
        var key = NameSimilarity.TransliterationKey(foldedSurname);
        for (var i = 0; i < _transliterationKeys.Length; i++)
        {
            CheckWork.Add();
            var introduced = Introductions[i].FoldedSurname;
            if (_transliterationKeys[i] == key && introduced != foldedSurname && NameSimilarity.EditDistance(foldedSurname, introduced, 2) <= 2 &&
                introduced.Length >= 4)
            {
                return Introductions[i];
            }
        }

        return null;
    }

    private DriftedFullName? DriftOf(PersonMention mention, string given, Dictionary<string, List<PersonMention>> byGivenName)
    {
        // "Mevlut Davutoglu" after "Mevlut Cavusoglu": the given name vouches that the same person is meant.
        if (byGivenName.TryGetValue(given, out var sameGiven))
        {
            foreach (var introduction in sameGiven)
            {
                if (NameSimilarity.Resembles(mention.FoldedSurname, introduction.FoldedSurname, vouched: true) &&
                    !NameSimilarity.AreTransliterations(mention.FoldedSurname, introduction.FoldedSurname))
                {
                    return new DriftedFullName(mention, introduction, mention.NameTokens.Count - 1);
                }
            }
        }

        // "Kristen Wilkins" after "Kristin Wilkins": relatives share a surname, but not a given name one vowel apart.
        if (_bySurname.TryGetValue(mention.FoldedSurname, out var sameSurname))
        {
            var introducedGiven = NameFolding.Fold(sameSurname.NameTokens[0]);
            if (NameSimilarity.GivenNamesResemble(given, introducedGiven) && !NameSimilarity.AreGivenNameVariants(given, introducedGiven))
            {
                return new DriftedFullName(mention, sameSurname, 0);
            }
        }

        return null;
    }
}

/// <summary>
/// A full name that repeats <paramref name="Introduction"/> with the name word at <paramref name="DriftedToken"/>
/// changed: the surname ("Erna Solbreg") or the given name ("Kristen Wilkins").
/// </summary>
public sealed record DriftedFullName(PersonMention Mention, PersonMention Introduction, int DriftedToken);
