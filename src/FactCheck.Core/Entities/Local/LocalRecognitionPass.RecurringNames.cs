using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// The document-level pass for a person the text calls by one name only ("Warhol's", "Warhol's estate", "by
/// Warhol"): no occurrence alone is evidence enough, but a word in no list that stands again and again where
/// people stand, and never where places or things stand, is a person everywhere it stands alone.
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    // One person-like occurrence of a word in no list is as often a brand or a work ("Twitter's", "Firefox's");
    // two kinds of evidence, or one repeated, rarely are.
    private const int MinPersonLikeOccurrences = 2;

    // Below this a word is an initialism or a fragment ("Al", "Jo"), not a name worth a document-level guess.
    private const int MinRecurringNameLength = 3;

    /// <summary>Words right before a word that make it a place, a thing or a kind: "in Essil", "the Jacob cycle".</summary>
    private static readonly HashSet<string> ThingContextWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "at", "near", "into", "across", "outside", "inside", "around", "through", "via", "this", "these",
        "those", "our", "their", "its", "every", "each",
    };

    /// <summary>
    /// Words right before a person who is spoken to, of or about: "told Warhol", "according to Warhol". Not "by": a
    /// company publishes and acquires as often as a person paints ("published by Elsevier").
    /// </summary>
    private static readonly HashSet<string> PersonObjectWords = new(StringComparer.Ordinal)
    {
        "told", "asked", "thanked", "said", "says", "urged", "warned", "interviewed", "congratulated", "criticised", "criticized",
    };

    /// <summary>Works only a person makes: before one of these a name is the artist's, not a style's or a place's.</summary>
    private static readonly HashSet<string> WorkOfArtWords = new(StringComparer.Ordinal)
    {
        "painting", "paintings", "artwork", "artworks", "portrait", "portraits", "sculpture", "sculptures", "drawings", "canvas",
        "canvases", "fresco", "frescoes", "frescos", "etchings", "engravings", "murals", "watercolours", "watercolors", "self portrait",
        "self portraits",
    };

    private void MarkRecurringLoneNames()
    {
        var evidence = new Dictionary<string, RecurringWord>(StringComparer.Ordinal);
        foreach (var run in _runs)
        {
            if (LoneCandidateIndex(run) is not { } i)
            {
                continue;
            }

            var folded = run.Block.Folded[i];
            if (!evidence.TryGetValue(folded, out var word))
            {
                if (!IsUnexplainedWord(run.Block.Tokens[i], folded))
                {
                    continue;
                }

                evidence[folded] = word = new RecurringWord();
            }

            // "the Zurbarán paintings": the article belongs to the works, the name to their maker.
            if (IsMakerOfWorks(run.Block, i))
            {
                word.PersonLike++;
            }
            else if (IsInThingContext(run.Block, i))
            {
                word.ThingLike++;
            }
            else if (IsInPersonLikeContext(run.Block, i))
            {
                word.PersonLike++;
            }
        }

        var names = evidence.Where(e => e.Value.IsPerson).Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return;
        }

        RemoveWordsAlsoWrittenInLowerCase(names);
        foreach (var run in _runs)
        {
            if (LoneCandidateIndex(run) is { } i && names.Contains(run.Block.Folded[i]))
            {
                AddPerson(run.Block.Tokens[i].Start, run.Block.Tokens[i].End);
            }
        }
    }

    /// <summary>
    /// The one word of a run that is a lone name if anything: the whole run, or the word after a sentence-opening
    /// common word ("But Warhol"). Longer runs are left to the run analysis, which sees their other words.
    /// </summary>
    private int? LoneCandidateIndex(NameRun run)
    {
        if (run.IsOrganization || run.Block.TitleCase)
        {
            return null;
        }

        if (run.To - run.From == 1)
        {
            return run.From;
        }

        var opening = run.Block.Folded[run.From];
        return run.To - run.From == 2 && run.Block.Tokens[run.From].StartsSentence &&
               (IsCommonNotName(opening) || _lexicon.NeverNames.Contains(opening)) ? run.From + 1 : null;
    }

    /// <summary>A capitalized word no list explains: not an everyday word, place, nationality, organisation or title.</summary>
    private bool IsUnexplainedWord(Token token, string folded) =>
        !token.IsAllCaps && !token.IsInitial && !token.IsAbbreviation && folded.Length >= MinRecurringNameLength &&
        !HasDigit(token.Text) && !HasInnerCapital(token.Text) && !HasAcronymPart(token.Text) &&
        !(folded.EndsWith('s') && !_lexicon.IsSurname(folded)) &&
        !IsCommonNotName(folded) && !_lexicon.IsLocation(folded) && !IsNationalityWord(folded) &&
        !_lexicon.Organizations.Contains(folded) && !_lexicon.OrganizationKeywords.Contains(folded) &&
        !_lexicon.Affiliations.Contains(folded) && !_lexicon.IsTitleOrOffice(folded) && !_lexicon.NeverNames.Contains(folded) &&
        !PersonContext.StormWords.Contains(folded);

    private static bool IsInThingContext(BlockTokens block, int i) =>
        i > 0 && ThingContextWords.Contains(block.Folded[i - 1]) && block.Tokens[i - 1].IsWord;

    /// <summary>
    /// Where a word stands as a person: an owner ("Warhol's"), a speaker ("Warhol said"), the subject of a past-tense
    /// verb ("Warhol painted"), one spoken to or quoted ("told Warhol"), or after a word for a person.
    /// </summary>
    private static bool IsInPersonLikeContext(BlockTokens block, int i)
    {
        var tokens = block.Tokens;
        var folded = block.Folded;
        var next = i + 1;
        if (next < tokens.Count && (tokens[next].Kind == TokenKind.Possessive ||
                                    (tokens[next].IsWord && !tokens[next].IsCapitalized &&
                                     (PersonContext.StrongReportingVerbs.Contains(folded[next]) || IsPastTenseVerb(tokens[next])))))
        {
            return true;
        }

        if (next + 1 < tokens.Count && tokens[next].Is(',') && folded[next + 1] is "who" or "whose")
        {
            return true;
        }

        if (i == 0)
        {
            return false;
        }

        var before = folded[i - 1];
        return PersonObjectWords.Contains(before) || PersonContext.PersonCues.Contains(before) ||
               (i >= 2 && folded[i - 2] == "according" && before == "to");
    }

    /// <summary>"Zurbarán artworks", "a Vermeer portrait": a name right before a word for works of art is their maker's.</summary>
    private static bool IsMakerOfWorks(BlockTokens block, int i) =>
        i + 1 < block.Tokens.Count && block.Tokens[i + 1].IsWord && !block.Tokens[i + 1].IsCapitalized && WorkOfArtWords.Contains(block.Folded[i + 1]);

    private static bool IsPastTenseVerb(Token token) => token.Length > 4 && token.Text.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Polio and Gass" beside "polio": a word the document also writes in lower case is a word, not a name.</summary>
    private void RemoveWordsAlsoWrittenInLowerCase(HashSet<string> names)
    {
        // The names are a handful and the document's lower-case words thousands: most are ruled out by length alone.
        var nameLengths = 0UL;
        foreach (var name in names)
        {
            nameLengths |= 1UL << Math.Min(name.Length, 63);
        }

        BlockTokens? seen = null;
        foreach (var run in _runs)
        {
            if (ReferenceEquals(run.Block, seen))
            {
                continue;
            }

            seen = run.Block;
            for (var i = 0; i < seen.Tokens.Count; i++)
            {
                if (seen.Tokens[i].IsWord && !seen.Tokens[i].IsCapitalized && (nameLengths & (1UL << Math.Min(seen.Folded[i].Length, 63))) != 0 &&
                    names.Remove(seen.Folded[i]) && names.Count == 0)
                {
                    return;
                }
            }
        }
    }

    private sealed class RecurringWord
    {
        public int PersonLike { get; set; }

        public int ThingLike { get; set; }

        public bool IsPerson => ThingLike == 0 && PersonLike >= MinPersonLikeOccurrences;
    }
}
