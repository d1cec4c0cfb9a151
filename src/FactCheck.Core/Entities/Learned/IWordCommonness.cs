using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// How common an English word is, as a small level (0 = not in the dictionary; higher = rarer word list, e.g. a
/// SCOWL size level). A common dictionary word that is capitalized is more likely a sentence start or a heading
/// than a name, which the name lists alone cannot tell.
/// </summary>
public interface IWordCommonness
{
    /// <summary>Identifies the source in the model file, so a model is never run against a different dictionary.</summary>
    string Name { get; }

    int CommonLevel(string word);
}

/// <summary>The commonness source the shipped tagger is trained and run with: the embedded SCOWL dictionary.</summary>
public static class WordCommonness
{
    public static IWordCommonness? Current { get; } = new DictionaryCommonness(EnglishDictionary.Shared);
}

/// <summary>
/// A word's SCOWL levels as one small code: how common it is as an ordinary lower-case word (absent, very common,
/// common, rare) times whether SCOWL also lists it as a name (absent, common name, rare name). "Bill", "White" and
/// "Gates" are common words and common names, which is what lets the tagger weigh their context instead of the word.
/// </summary>
internal sealed class DictionaryCommonness(EnglishDictionary dictionary) : IWordCommonness
{
    public string Name => "scowl-common-proper-v1";

    public int CommonLevel(string word) => (CommonBand(dictionary.CommonLevel(word)) * 3) + ProperBand(dictionary.ProperLevel(word));

    private static int CommonBand(int level) => level switch { 0 => 0, <= 35 => 1, <= 50 => 2, _ => 3 };

    private static int ProperBand(int level) => level switch { 0 => 0, <= 50 => 1, _ => 2 };
}
