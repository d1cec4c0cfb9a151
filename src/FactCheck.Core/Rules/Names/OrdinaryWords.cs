using FactCheck.Core.Entities.Local;

namespace FactCheck.Core.Rules.Names;

/// <summary>Whether a folded word is an ordinary English word, as opposed to a name.</summary>
public interface IOrdinaryWords
{
    bool IsOrdinary(string folded);
}

/// <summary>The ordinary words the name rules use: the lexicon's common words.</summary>
public sealed class OrdinaryWords : IOrdinaryWords
{
    private readonly Lexicon _lexicon;

    private OrdinaryWords(Lexicon lexicon) => _lexicon = lexicon;

    public static OrdinaryWords Shared { get; } = new(Lexicon.Shared);

    public bool IsOrdinary(string folded) => _lexicon.CommonWords.Contains(folded);
}
