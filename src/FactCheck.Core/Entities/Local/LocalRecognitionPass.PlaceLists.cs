using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>An unknown pair of words that a sentence places in the slot of a place, not of a person.</summary>
internal sealed partial class LocalRecognitionPass
{
    // How far the larger places of "in Levico Terme, Trento, Italy" may run after the pair.
    private const int PlaceChainTokens = 6;

    /// <summary>
    /// "is in Levico Terme, Trento, Italy": after a locative preposition and before a comma chain that reaches a
    /// known place, the pair is the smallest place of an address. A person after "in" is not followed by their
    /// country.
    /// </summary>
    private bool IsAddressedPlace(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (k == 0 || end >= tokens.Count || !tokens[end].Is(',') || !PersonContext.LocativePrepositions.Contains(folded[k - 1]))
        {
            return false;
        }

        var limit = Math.Min(tokens.Count, end + 1 + PlaceChainTokens);
        for (var i = end + 1; i < limit; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized)
            {
                if (tokens[i].Is(','))
                {
                    continue;
                }

                return false;
            }

            if (_lexicon.IsLocation(folded[i]))
            {
                return true;
            }
        }

        return false;
    }
}
