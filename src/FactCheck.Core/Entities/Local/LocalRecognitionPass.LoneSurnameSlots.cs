using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>Slots where a lone capitalized word is a surname even though a list calls it a word or a nationality.</summary>
internal sealed partial class LocalRecognitionPass
{
    /// <summary>
    /// "professor Fields", "coach Young": a title written in lower case right before a capitalized word inside a
    /// sentence. The capital is the only sign left that the word is a name, and a title wants a name after it, so
    /// an everyday word (Fields, Young) counts; function words, months and weekdays ("the minister Tuesday") do not.
    /// The word must be a known name or look like a surname: many lower-case titles are trades that companies have
    /// too ("the gas producer Energean").
    /// </summary>
    private bool IsSurnameAfterLowerCaseTitle(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (end - k != 1 || k == 0 || run.Block.TitleCase || tokens[k].StartsSentence)
        {
            return false;
        }

        var title = tokens[k - 1];
        var word = folded[k];
        return title.IsWord && !title.IsCapitalized && _lexicon.IsTitleOrOffice(folded[k - 1]) &&
               !tokens[k].IsAllCaps && !tokens[k].IsInitial && !tokens[k].IsAbbreviation && !HasAcronymPart(tokens[k].Text) &&
               !_lexicon.CommonWords.Contains(word) && !_lexicon.NeverNames.Contains(word) && !_lexicon.IsLocation(word) &&
               !IsNationalityWord(word) && !_lexicon.Organizations.Contains(word) && !_lexicon.OrganizationKeywords.Contains(word) &&
               !_lexicon.IsTitleOrOffice(word) && (_lexicon.IsKnownName(word) || NameMorphology.SurnameEnding(word) is not null);
    }

    /// <summary>
    /// "My name is Amy Sells", "a man named Tom Fields": where someone's name is being given, a surname that is also an
    /// everyday word (Sells, Fields) is still the surname.
    /// </summary>
    private static bool IsNameBeingGiven(NameRun run, int k)
    {
        var folded = run.Block.Folded;
        return k >= 1 && run.Block.Tokens[k - 1].IsWord && !run.Block.Tokens[k - 1].IsCapitalized &&
               (folded[k - 1] == "named" || (k >= 2 && folded[k - 1] is "is" or "was" && folded[k - 2] == "name"));
    }

    /// <summary>
    /// "Baloch said", "English wrote": a nationality word alone as the speaker of a reporting verb is a surname. As
    /// an adjective it comes before a noun, and as a noun for a people it takes an article or a plural.
    /// </summary>
    private bool IsNationalityWordAsSpeaker(NameRun run)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        var k = run.From;
        // Asked of every one-word run: the reporting verb after it is the rare part, so it is asked first.
        if (run.To - k != 1 || run.Block.TitleCase || tokens[k].IsAllCaps || !FollowedByStrongReportingVerb(run, run.To) ||
            !IsNationalityWord(folded[k]) || _lexicon.IsLocation(folded[k]))
        {
            return false;
        }

        var before = k > 0 ? folded[k - 1] : "";
        return before is not ("the" or "a" or "an" or "in" or "into" or "from" or "speak" or "speaks" or "spoke" or "speaking") &&
               !(k > 0 && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized);
    }

    /// <summary>
    /// "Hey Frank", "my name is Frank", "'Frank, thank you'": a given name that is also a word (Frank, Will) where
    /// someone is greeted, addressed or named. Only these slots: after "the son" or before "said" the word reads as
    /// often as its everyday sense.
    /// </summary>
    private bool IsAmbiguousGivenNameAddressed(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (end - k != 1 || k == 0 || run.Block.TitleCase || !_lexicon.AmbiguousGivenNames.Contains(folded[k]) || _lexicon.IsLocation(folded[k]))
        {
            return false;
        }

        var before = folded[k - 1];
        if (before is "hey" or "hi" or "hello" or "dear" or "named" || (k >= 2 && folded[k - 2] == "name" && before == "is"))
        {
            return true;
        }

        return end < tokens.Count && tokens[end].Is(',') && tokens[k - 1].Kind == TokenKind.Punctuation && tokens[k - 1].Text is "'" or "\"" or "‘" or "“";
    }
}
