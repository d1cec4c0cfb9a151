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

/// <summary>
/// The commonness source the shipped tagger is trained and run with. None yet: when
/// <c>EnglishDictionary.Shared.CommonLevel</c> lands, return an adapter over it from <see cref="Current"/> and
/// retrain with the documented trainer command; the model records the source's <see cref="IWordCommonness.Name"/>.
/// </summary>
public static class WordCommonness
{
    public static IWordCommonness? Current => null;
}
