using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>Names whose shape is the evidence, whatever lists their words are in.</summary>
internal sealed partial class LocalRecognitionPass
{
    /// <summary>
    /// "Lauralee B. Riedell", "Kirk M. Bart": a word, a middle initial and a word. Places, organisations and titles
    /// take no middle initial, so the shape is a person's even where the words are in no given-name list and the
    /// name opens a sentence or a list. The caller has already ruled out everyday words and places.
    /// </summary>
    private bool IsNameWithMiddleInitial(NameRun run, int k, int end)
    {
        if (end - k != 3 || !run.Block.Tokens[k + 1].IsInitial)
        {
            return false;
        }

        foreach (var i in (ReadOnlySpan<int>)[k, end - 1])
        {
            var token = run.Block.Tokens[i];
            var folded = run.Block.Folded[i];
            if (!token.IsCapitalized || token.IsAllCaps || token.IsInitial || token.IsAbbreviation || HasDigit(token.Text) ||
                HasInnerCapital(token.Text) || _lexicon.IsTitleOrOffice(folded) || _lexicon.OrganizationKeywords.Contains(folded))
            {
                return false;
            }
        }

        return true;
    }
}
