using FactCheck.Core.Entities;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The people an article introduces by full name, and every folded name word they own, shared by the name rules.
/// Comparisons against introduced surnames are bounded: a mention is compared with at most
/// <see cref="MaxComparedIntroductions"/> introductions, so an article naming thousands of people stays linear.
/// </summary>
public sealed class IntroducedPeople
{
    /// <summary>Enough for any real article (the 60-article corpus peaks far below it); caps pairwise work.</summary>
    public const int MaxComparedIntroductions = 200;

    private readonly HashSet<string> _nameWords = new(StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, IntroducedPeople> Cache = new();

    /// <summary>The introduced people of an analysis, computed once however many name rules ask.</summary>
    public static IntroducedPeople Of(DocumentAnalysis analysis) => Cache.GetValue(analysis, a => new IntroducedPeople(a));

    public IntroducedPeople(DocumentAnalysis analysis)
    {
        var introductions = new List<PersonMention>();
        var seenSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in analysis.Persons.Where(m => m.IsFullName))
        {
            foreach (var token in mention.NameTokens)
            {
                var folded = NameFolding.Fold(token);
                _nameWords.Add(folded);
                _nameWords.Add(Entities.PersonResolver.StripParticle(folded, Entities.Local.Lexicon.Shared));
            }

            if (seenSurnames.Add(mention.FoldedSurname))
            {
                introductions.Add(mention);
            }
        }

        Introductions = introductions;
    }

    /// <summary>The first full-name mention of each distinct surname, in text order.</summary>
    public IReadOnlyList<PersonMention> Introductions { get; }

    /// <summary>True when the folded word is a given name or surname of someone introduced.</summary>
    public bool OwnsNameWord(string folded) => _nameWords.Contains(folded);

    /// <summary>The introduced person a drifted surname most resembles (not a transliteration of), or null.</summary>
    public PersonMention? ResembledBy(string foldedSurname)
    {
        PersonMention? best = null;
        var bestSimilarity = 0.0;
        foreach (var introduction in Introductions.Take(MaxComparedIntroductions))
        {
            var introduced = introduction.FoldedSurname;
            if (!NameSimilarity.Resembles(foldedSurname, introduced) || NameSimilarity.AreTransliterations(foldedSurname, introduced))
            {
                continue;
            }

            var similarity = NameSimilarity.Similarity(foldedSurname, introduced);
            if (similarity > bestSimilarity)
            {
                best = introduction;
                bestSimilarity = similarity;
            }
        }

        return best;
    }
}
