using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Names;

/// <summary>Whether a folded word is an ordinary English word, as opposed to a name.</summary>
public interface IOrdinaryWords
{
    bool IsOrdinary(string folded);

    /// <summary>Function words, months and weekdays: never a surname, however they are written.</summary>
    bool IsNeverAName(string folded);
}

/// <summary>
/// The ordinary words the name rules use: the lexicon's common words and every word of the English dictionary up to
/// <see cref="MaxLevel"/>. Whether an ordinary word is used as one is judged where it stands (see
/// <see cref="NameCandidates"/>): "White" opening a sentence is the colour, "Cherry" mid-sentence may be a person.
/// </summary>
public sealed class OrdinaryWords : IOrdinaryWords
{
    /// <summary>
    /// SCOWL size 60 ends the words a general reader knows; 70 adds rare words that are more often surnames in news
    /// ("Sulley", "Kandel" as words of their own are rarer than the people).
    /// </summary>
    public const int MaxLevel = 60;

    private readonly Lexicon _lexicon;
    private readonly EnglishDictionary _dictionary;

    private OrdinaryWords(Lexicon lexicon, EnglishDictionary dictionary)
    {
        _lexicon = lexicon;
        _dictionary = dictionary;
    }

    public static OrdinaryWords Shared { get; } = new(Lexicon.Shared, EnglishDictionary.Shared);

    public bool IsNeverAName(string folded) => _lexicon.CommonWords.Contains(folded);

    public bool IsOrdinary(string folded) => _lexicon.CommonWords.Contains(folded) || _dictionary.IsOrdinaryFoldedWord(folded, MaxLevel);
}
