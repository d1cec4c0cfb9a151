using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>Authors a citation names, where the word alone would say "ordinary word" or "place".</summary>
internal sealed partial class LocalRecognitionPass
{
    // A place, a body or a role is what such a word is even in a citation ("(World Bank, 2010)", "in Paris (1998)").
    // Far enough to reach the co-authors of one citation or the next citation of a list.
    private const int MaxCitationNeighbourTokens = 12;

    private const Lexicon.WordKind NeverCitedAlone =
        Lexicon.WordKind.Location | Lexicon.WordKind.Organization | Lexicon.WordKind.TitleOrOffice | Lexicon.WordKind.Nationality |
        Lexicon.WordKind.Affiliation;

    /// <summary>
    /// A one-word run that a citation makes an author whatever the word: "(Laws, 2016; Lindsay, 2015)", "Vandergrift
    /// and Cross 2017", "adapted from Palmeri and Gazio (1995)". An everyday word needs a corroborated citation
    /// (co-authors, "et al.", a list of citations): one word and one year is as often a product or an edition. Any
    /// other word, or a listed surname that is also a town, needs only its year, even after "from" or "to" ("from
    /// Santos (1989)"), where the run analysis reads an unlisted word as a place. An organisation keyword alone
    /// ("Cross", "Chambers") names no body, so a corroborated citation makes it an author too.
    /// </summary>
    private bool IsCitedAuthorWhateverTheWord(NameRun run)
    {
        var k = run.From;
        var token = run.Block.Tokens[k];
        if (run.To - k != 1 || !token.IsCapitalized || token.IsAllCaps || token.IsInitial || token.IsAbbreviation || run.Block.TitleCase)
        {
            return false;
        }

        var folded = run.Block.Folded[k];
        var kinds = _lexicon.KindsOf(folded);
        if ((kinds & NeverCitedAlone) != 0 || _lexicon.NeverNames.Contains(folded) ||
            HasAcronymPart(token.Text) || HasInnerCapital(token.Text))
        {
            return false;
        }

        // "Paris and Lyon (1998)": a word that is also a town is an author only if it is a listed surname too.
        var isSurname = (kinds & Lexicon.WordKind.Surname) != 0;
        if ((kinds & Lexicon.WordKind.AmbiguousLocation) != 0 && !isSurname)
        {
            return false;
        }

        var evidence = CitationContext.CitedAuthorEvidence(run.Block.Tokens, run.Block.Folded, k, run.To);
        if (evidence == CitationEvidence.Corroborated && IsCommonNotName(folded) && !IsBeforeEtAl(run.Block, run.To) &&
            !HasNameLikeNeighbourAuthor(run.Block, k))
        {
            // "Defence, Health and Welfare (2010)": everyday words joined before a year are a list of things; "Daily et
            // al." is an author all the same.
            return false;
        }

        // A keyword alone names no body ("Cross", "Chambers" of "Red Cross", "Chambers and Partners"), but one author and
        // one year is no citation for it.
        return evidence == CitationEvidence.Corroborated ||
               (evidence == CitationEvidence.Single && (isSurname || !IsCommonNotName(folded)) && !_lexicon.OrganizationKeywords.Contains(folded));
    }

    /// <summary>
    /// Whether the citation around <paramref name="k"/> names someone else by a word that is no everyday word ("Polio
    /// and Gass", "(Laws, 2016; Lindsay, 2015)"): the words between the authors are only punctuation, "and", "et al."
    /// and years.
    /// </summary>
    private bool HasNameLikeNeighbourAuthor(BlockTokens block, int k)
    {
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (int i = k + step, seen = 0; i >= 0 && i < block.Tokens.Count && seen < MaxCitationNeighbourTokens; i += step, seen++)
            {
                var token = block.Tokens[i];
                if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Punctuation && token.Text is "," or ";" or "&" or "(" or ")" or "."))
                {
                    continue;
                }

                if (!token.IsWord || !(token.IsCapitalized || block.Folded[i] is "and" or "et" or "al"))
                {
                    break;
                }

                if (token.IsCapitalized && !token.IsInitial && !IsCommonNotName(block.Folded[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBeforeEtAl(BlockTokens block, int end) =>
        end + 1 < block.Tokens.Count && block.Folded[end] == "et" && block.Folded[end + 1] == "al";
}
