using FactCheck.Core.Documents;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// One recognition of one document. Pass one reads every capitalized run and accepts persons on local evidence;
/// pass two marks the later mentions of accepted names (surname alone, given name alone) that had no evidence of
/// their own. Linear in the text: every run is analysed once per pass.
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    // A name longer than this is almost always a title-case phrase, not one person.
    private const int MaxNameTokens = 4;

    /// <summary>SCOWL sizes up to 50 are the words of everyday English; beyond it rare words are as often surnames.</summary>
    private const int EverydayWordLevel = 50;

    private readonly Dictionary<string, bool> _commonNotName = new(StringComparer.Ordinal);
    private readonly ExtractedDocument _document;
    private readonly Lexicon _lexicon;
    private readonly List<Entity> _entities = [];
    private readonly List<NameRun> _runs = [];
    private readonly System.Collections.BitArray _personChars;

    // The phrases of one to MaxPhraseWords words MatchPrefix tries at a token, longest last.
    private readonly string[] _phrases;

    public LocalRecognitionPass(ExtractedDocument document, Lexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        _personChars = new System.Collections.BitArray(document.Text.Length);
        _phrases = new string[lexicon.MaxPhraseWords + 1];
    }

    public IReadOnlyList<Entity> Recognize()
    {
        foreach (var block in _document.Blocks)
        {
            var tokens = Tokenizer.Tokenize(_document.Text, block.Start, block.End);
            var sentence = new BlockTokens(tokens, tokens.Select(t => t.IsWord ? NameFolding.Fold(t.Text) : "").ToArray(), IsTitleCase(tokens));
            FindRuns(sentence);
            ReadBibliographyEntry(sentence);
        }

        MarkBibliographyAuthors();
        foreach (var run in _runs)
        {
            AnalyzeRun(run);
        }

        PropagateKnownNames();
        MarkRecurringLoneNames();
        ExtendKnownGivenNames();
        JoinSelfRepairedNames();
        MarkFormsOfAddress();
        var stormNames = StormNames();
        return _entities.Where(e => e.Category != EntityCategory.Person || !NamesOnlyAStorm(e.Text, stormNames))
            .OrderBy(e => e.Offset).ThenBy(e => e.Category).ToArray();
    }

    private void FindRuns(BlockTokens block)
    {
        var tokens = block.Tokens;
        var start = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var isPart = i < tokens.Count && IsNamePart(block, i) && !(start >= 0 && BreaksRun(block, i));
            if (isPart)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                // A lower-case particle cannot end a name.
                var end = i;
                while (end > start && !tokens[end - 1].IsCapitalized && !tokens[end - 1].IsInitial)
                {
                    end--;
                }

                if (end > start)
                {
                    _runs.Add(new NameRun(block, start, end));
                }

                start = i < tokens.Count && IsNamePart(block, i) ? i : -1;
            }
        }
    }

    /// <summary>A line break, or a sentence that ends inside an acronym ("… in Washington D.C. The …").</summary>
    private bool BreaksRun(BlockTokens block, int i)
    {
        var token = block.Tokens[i];
        if (token.AfterLineBreak || token.StartsSentence)
        {
            return true;
        }

        var previous = block.Tokens[i - 1];
        return previous.IsAbbreviation && !previous.IsInitial && previous.Text.Count(c => c == '.') >= 2 && IsCommonNotName(block.Folded[i]);
    }

    private bool IsNamePart(BlockTokens block, int i)
    {
        var token = block.Tokens[i];
        if (!token.IsWord)
        {
            return false;
        }

        if (token.IsCapitalized || token.IsInitial)
        {
            // In a title-case line capitals say nothing: common words break runs there.
            return !(block.TitleCase && !token.IsInitial && IsCommonNotName(block.Folded[i]));
        }

        // "Kevin de Bruyne", "Ludwig van Beethoven": a particle between capitalized words (asked of every lower-case
        // word, so the neighbours first).
        return i > 0 && i + 1 < block.Tokens.Count && block.Tokens[i - 1].IsCapitalized && block.Tokens[i + 1].IsWord &&
               block.Tokens[i + 1].IsCapitalized && _lexicon.Particles.Contains(block.Folded[i]);
    }

    private void AnalyzeRun(NameRun run)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        var k = run.From;
        var end = run.To;
        var hasTitle = false;
        if (IsBibliographyAuthorRun(run))
        {
            return;
        }

        if (IsNameWithBareInitials(run, k, end))
        {
            // Before the prefixes are stripped: "M R Weskitt" is no "M." (Monsieur) before a name.
            AddPerson(tokens[k].Start, tokens[end - 1].End);
            return;
        }

        if (IsNationalityWordAsSpeaker(run) || IsCitedAuthorWhateverTheWord(run))
        {
            AddPerson(tokens[k].Start, tokens[k].End);
            return;
        }

        // Strip what stands before a name: "Turkish", "Deputy", "Foreign Minister", "United States", "Mr.".
        while (k < end)
        {
            if (_lexicon.NeverNames.Contains(folded[k]))
            {
                // "I'm Isabel Ruiz", "Hey Frank": the name lists know "My" and "Hey" as names, but not here.
                k++;
                continue;
            }

            if (end - k >= 3 && _lexicon.IsLocation(folded[k]) && _lexicon.IsGivenName(folded[k + 1]) && !_lexicon.IsLocation(folded[k + 1]))
            {
                // "Washington Chris Gregoire": a place that is also a given name, before a full name, is the place.
                AddEntity(tokens[k].Start, tokens[k].End, EntityCategory.Location);
                k++;
                continue;
            }

            if (LooksLikeGivenName(run, k))
            {
                break;
            }

            var length = MatchPrefix(run, k, end, out var category);
            if (length == 0)
            {
                if (IsDescriptorBeforeName(run, k, end))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (category is { } c)
            {
                AddEntity(tokens[k].Start, tokens[k + length - 1].End, c);
                hasTitle |= c == EntityCategory.PersonType;
            }

            k += length;
        }

        if (k >= end)
        {
            return;
        }

        if (IsTitledNameEndingInKeywordSurname(run, k, end, hasTitle))
        {
            AddPerson(tokens[k].Start, tokens[end - 1].End);
            return;
        }

        if (IsOrganization(run, k, end))
        {
            var member = PersonAfterOrganization(run, k, end);
            AddEntity(tokens[k].Start, tokens[(member < 0 ? end : member) - 1].End, EntityCategory.Organization);
            run.IsOrganization = true;
            if (member >= 0)
            {
                AddPerson(tokens[member].Start, tokens[end - 1].End);
            }

            return;
        }

        if (IsWholeLocation(folded, k, end))
        {
            AddEntity(tokens[k].Start, tokens[end - 1].End, EntityCategory.Location);
            return;
        }

        if (end - k > MaxNameTokens)
        {
            // A long title-case phrase: look for a name inside it, starting at a given name.
            var inner = k;
            while (inner < end && !LooksLikeGivenName(run, inner))
            {
                inner++;
            }

            if (inner >= end)
            {
                return;
            }

            k = inner;
            end = Math.Min(end, inner + 3);
        }

        // "University of Texas Arlington Amneh Jafari": a place or keyword left in front of an unknown name.
        while (end - k >= 3 && !IsPerson(run, k, end, hasTitle) && IsPlaceOrKeyword(folded[k]))
        {
            k++;
        }

        if (IsPerson(run, k, end, hasTitle))
        {
            AddPerson(tokens[k].Start, tokens[end - 1].End);
        }
    }

    /// <summary>
    /// The words named by a storm word anywhere in the document ("Cyclone Phailin"): a storm keeps its name through
    /// the story ("Phailin's winds", "T C Phailin"), and a name given to storms is no person there.
    /// </summary>
    private HashSet<string> StormNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in _runs)
        {
            for (var i = run.From; i + 1 < run.To; i++)
            {
                if (PersonContext.StormWords.Contains(run.Block.Folded[i]) && !run.Block.Tokens[i + 1].IsInitial)
                {
                    names.Add(run.Block.Folded[i + 1]);
                }
            }
        }

        return names;
    }

    private static bool NamesOnlyAStorm(string person, HashSet<string> stormNames)
    {
        if (stormNames.Count == 0)
        {
            return false;
        }

        var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "T C Phailin": initials before the storm's name are the "Tropical Cyclone" of an advisory.
        return stormNames.Contains(NameFolding.Fold(words[^1])) && words[..^1].All(w => w.TrimEnd('.').Length == 1);
    }

    /// <summary>"prize winner" (from "Prize-winner"): a hyphenated word with a common-word part is no surname.</summary>
    private bool HasCommonPart(string folded)
    {
        if (!folded.Contains(' '))
        {
            return false;
        }

        foreach (var part in folded.Split(' '))
        {
            if (IsCommonNotName(part) || _lexicon.OrganizationKeywords.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlaceOrKeyword(string folded) =>
        _lexicon.IsLocation(folded) || _lexicon.OrganizationKeywords.Contains(folded) || _lexicon.IsNationality(folded) || IsCommonNotName(folded);

    /// <summary>
    /// "Scientologist Tom Cruise", "American-Islamic Relations Alia Salem": a word that is no name standing directly
    /// before an unambiguous given name that starts a name of two or more words.
    /// </summary>
    private bool IsDescriptorBeforeName(NameRun run, int k, int end)
    {
        if (k + 2 >= end)
        {
            return false;
        }

        var folded = run.Block.Folded;
        var next = folded[k + 1];
        return _lexicon.IsGivenName(next) && !_lexicon.IsTitleOrOffice(next) && !run.Block.Tokens[k].IsInitial &&
               !_lexicon.IsAnyGivenName(folded[k]) && !_lexicon.IsSurname(folded[k]) && !_lexicon.Particles.Contains(folded[k]);
    }

    private bool IsPerson(NameRun run, int k, int end, bool hasTitle)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        var count = end - k;
        var first = folded[k];
        var last = LastNamePart(folded[end - 1]);
        var anyCommon = false;
        var anyPlace = false;
        for (var i = k; i < end; i++)
        {
            anyCommon |= IsCommonNotName(folded[i]) && !IsInitials(tokens[i], folded[i]);
            anyPlace |= _lexicon.Locations.Contains(folded[i]) || (_lexicon.IsNationality(folded[i]) && !IsNationalitySurname(folded, k, end, i)) ||
                        _lexicon.Organizations.Contains(folded[i]) || _lexicon.Affiliations.Contains(folded[i]);
        }

        if (count >= 2)
        {
            if (IsBylineName(run, k, end))
            {
                return true;
            }

            if (_lexicon.IsGivenName(first) || IsInitials(tokens[k], folded[k]))
            {
                return (!IsCommonNotName(last) || _lexicon.IsSurname(last) || IsNameBeingGiven(run, k)) && !_lexicon.IsTitleOrOffice(last) && !HasCommonPart(last) &&
                       !_lexicon.OrganizationKeywords.Contains(last) && !_lexicon.Locations.Contains(last);
            }

            if (_lexicon.AmbiguousGivenNames.Contains(first) &&
                (_lexicon.IsSurname(last) || NameMorphology.SurnameEnding(last) is not null || !IsCommonNotName(last)) && !anyPlace)
            {
                return true;
            }

            // "Kim Shin-Wook", "Hau Lung-bin": a short family name before a hyphenated given name.
            if (count <= 3 && first.Length <= 5 && tokens[k + 1].Text.Contains('-') && !anyCommon && !anyPlace &&
                !_lexicon.OrganizationKeywords.Contains(folded[k + 1]))
            {
                return true;
            }

            if ((_lexicon.Surnames.Contains(last) || NameMorphology.SurnameEnding(last) is not null) && !anyCommon && !anyPlace)
            {
                return true;
            }

            if (anyCommon || anyPlace)
            {
                return false;
            }

            return hasTitle || HasPersonContext(run, k, end) || IsPlainNamePair(run, k, end) || IsNameWithMiddleInitial(run, k, end);
        }

        var token = tokens[k];
        if (!token.IsAllCaps && !token.IsInitial && !anyPlace && !_lexicon.IsLocation(first) && !_lexicon.OrganizationKeywords.Contains(first) &&
            !_lexicon.IsTitleOrOffice(first) && (!(k > 0 && PersonContext.LocativePrepositions.Contains(folded[k - 1])) || CitationContext.OpensCaseName(tokens, folded, end)) &&
            (CitationContext.IsCitedAuthor(tokens, folded, k, end) || CitationContext.IsCaseParty(tokens, folded, k, end)))
        {
            return true;
        }

        if (IsSurnameAfterLowerCaseTitle(run, k, end))
        {
            return true;
        }

        if (token.IsAllCaps || token.IsInitial || IsCommonNotName(first) || anyPlace || _lexicon.OrganizationKeywords.Contains(first) ||
            HasAcronymPart(token.Text))
        {
            return false;
        }

        if (hasTitle)
        {
            return true;
        }

        if (NameMorphology.HasStrongSurnameEnding(first))
        {
            return true;
        }

        if (_lexicon.IsGivenName(first) && !_lexicon.IsLocation(first) && !run.Block.TitleCase && IsInPersonSlot(run, k, end))
        {
            return true;
        }

        if (IsAmbiguousGivenNameAddressed(run, k, end))
        {
            return true;
        }

        // "Gorbachev agreed", "Obama's advisor": a listed surname that is no other kind of word, as a subject or owner.
        if (_lexicon.Surnames.Contains(first) && !_lexicon.AmbiguousSurnames.Contains(first) && !_lexicon.IsLocation(first) &&
            !_lexicon.IsAnyGivenName(first) && !run.Block.TitleCase && end < tokens.Count &&
            (tokens[end].Kind == TokenKind.Possessive || (tokens[end].IsWord && !tokens[end].IsCapitalized && tokens[end].Length > 4 && tokens[end].Text.EndsWith("ed", StringComparison.Ordinal))))
        {
            return true;
        }

        // A lone unknown capitalized word followed by a reporting verb: "Mekdad said" — but not "the Department of
        // Agriculture noted" or "the Ministry said".
        var plural = first.EndsWith('s') && !_lexicon.IsSurname(first);
        var before = k > 0 ? folded[k - 1] : "";
        return !plural && before is not ("of" or "the" or "a" or "an") && FollowedByStrongReportingVerb(run, end);
    }

    /// <summary>
    /// "Qandeel Baloch", "Paul English": a nationality word closing a run after a word that is no nationality, place or
    /// organisation is a surname; a nationality as an adjective comes before its noun, not after a name.
    /// </summary>
    private bool IsNationalitySurname(string[] folded, int k, int end, int i) =>
        i == end - 1 && i > k && !_lexicon.IsNationality(folded[i - 1]) && !_lexicon.IsLocation(folded[i - 1]) &&
        !_lexicon.Organizations.Contains(folded[i - 1]) && !_lexicon.OrganizationKeywords.Contains(folded[i - 1]) && !_lexicon.IsLocation(folded[i]);

    /// <summary>
    /// Two or three unknown capitalized words inside a sentence of running text ("… said Amneh Jafari of …"): in news
    /// prose such a pair is most often a person whose names are not in the lists. Headlines, acronyms and anything
    /// a list knows as a place, organisation or title are excluded by the caller and here.
    /// </summary>
    private bool IsPlainNamePair(NameRun run, int k, int end)
    {
        if (run.Block.TitleCase || end - k > 3 || run.Block.Tokens[k].StartsSentence)
        {
            return false;
        }

        // "the Gújjolaay Eegimaa", "a Jóola Fogny village": an article before the pair makes it the name of a thing,
        // a language or a group; a person's full name takes no article.
        if (k > 0 && run.Block.Folded[k - 1] is "the" or "a" or "an" || IsAddressedPlace(run, k, end))
        {
            return false;
        }

        for (var i = k; i < end; i++)
        {
            var token = run.Block.Tokens[i];
            var folded = run.Block.Folded[i];
            if (token.IsAllCaps || !token.IsCapitalized || token.IsAbbreviation || _lexicon.IsTitleOrOffice(folded) ||
                _lexicon.OrganizationKeywords.Contains(folded) || _lexicon.IsLocation(folded) && !_lexicon.IsSurname(folded) ||
                HasDigit(token.Text) || HasInnerCapital(token.Text))
            {
                return false;
            }
        }

        // "Rationalist Atheists": a plural noun is a group, unless the word is a known surname (Adams, Williams).
        var last = run.Block.Folded[end - 1];
        return !(last.EndsWith('s') && !_lexicon.IsSurname(last));
    }

    /// <summary>"SARS-CoV": a hyphenated word with an acronym part is a code or a name of a thing.</summary>
    private static bool HasAcronymPart(string word)
    {
        var partStart = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != '-')
            {
                continue;
            }

            if (i - partStart >= 2 && HasNoLowerCaseLetter(word.AsSpan(partStart, i - partStart)))
            {
                return true;
            }

            partStart = i + 1;
        }

        return false;
    }

    private static bool HasNoLowerCaseLetter(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"YouTube", "iPhone": inner capitals mark products and brands, not personal names ("McCain" aside).</summary>
    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLetter(word[i - 1]) && !(i == 2 && word[0] == 'M' && word[1] == 'c') &&
                !(i == 3 && word.StartsWith("Mac", StringComparison.Ordinal)) && !(i == 2 && word[1] == '\''))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPersonContext(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (FollowedByReportingVerb(run, end) || CitationContext.IsCitedAuthor(tokens, folded, k, end) || CitationContext.IsCaseParty(tokens, folded, k, end))
        {
            return true;
        }

        // "Jane Doe, an Australian woman," / "Jane Doe, the ...".
        if (end - k >= 2 && end + 1 < tokens.Count && tokens[end].Is(',') &&
            (folded[end + 1] is "a" or "an" or "the" || _lexicon.IsNationality(folded[end + 1])))
        {
            return true;
        }

        // "Jane Doe, 45," / "Jane Doe, aged 45" / "Jane Doe, who".
        if (end + 1 < tokens.Count && tokens[end].Is(',') &&
            (tokens[end + 1].Kind == TokenKind.Number || folded[end + 1] is "aged" or "who" or "whose"))
        {
            return true;
        }

        // "said Jane Doe" / "according to Jane Doe".
        if (k >= 1 && folded[k - 1] is "said" or "says" or "by")
        {
            return true;
        }

        return k >= 2 && folded[k - 2] == "according" && folded[k - 1] == "to";
    }

    /// <summary>
    /// Where a lone given name can only be someone: before a reporting verb or ", who", in "Rebecca and I", after a
    /// word that addresses or describes a person ("Hey Frank", "the woman Eva", "my name is John"), or addressed at
    /// the start of a quotation ("'Frank, thank you'"). A given name alone elsewhere is as often a thing ("Epic
    /// Mickey", the Ulysses probe), so it needs one of these.
    /// </summary>
    private static bool IsInPersonSlot(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (FollowedByReportingVerb(run, end) ||
            (end + 1 < tokens.Count && tokens[end].Is(',') && folded[end + 1] is "who" or "whose") ||
            (end + 1 < tokens.Count && folded[end] == "and" && tokens[end + 1].Text == "I"))
        {
            return true;
        }

        if (k > 0 && PersonContext.PersonCues.Contains(folded[k - 1]) || (k >= 2 && folded[k - 2] == "name" && folded[k - 1] == "is"))
        {
            return true;
        }

        return k > 0 && end < tokens.Count && tokens[end].Is(',') && tokens[k - 1].Kind == TokenKind.Punctuation &&
               tokens[k - 1].Text is "'" or "\"" or "‘" or "“";
    }

    private static bool FollowedByReportingVerb(NameRun run, int end) =>
        end < run.Block.Tokens.Count && run.Block.Tokens[end].IsWord && !run.Block.Tokens[end].IsCapitalized && PersonContext.ReportingVerbs.Contains(run.Block.Folded[end]);

    private static bool FollowedByStrongReportingVerb(NameRun run, int end) =>
        end < run.Block.Tokens.Count && run.Block.Tokens[end].IsWord && !run.Block.Tokens[end].IsCapitalized && PersonContext.StrongReportingVerbs.Contains(run.Block.Folded[end]);

    private bool LooksLikeGivenName(NameRun run, int k)
    {
        if (k + 1 >= run.To)
        {
            return false;
        }

        var folded = run.Block.Folded;
        if (_lexicon.IsNationality(folded[k]))
        {
            return false;
        }

        if (_lexicon.IsTitleOrOffice(folded[k]))
        {
            // "Dean Kamen": a title that is also a given name, directly before the last word of the run. A title that is
            // an everyday word ("Justice Thomas", "General Prelogar", "King Charles") is the title: as given names they
            // are rare.
            return _lexicon.IsAnyGivenName(folded[k]) && !_lexicon.CommonWords.Contains(folded[k]) && k + 2 == run.To && !IsCommonNotName(folded[k + 1]) &&
                   !_lexicon.IsLocation(folded[k + 1]) && !_lexicon.OrganizationKeywords.Contains(folded[k + 1]);
        }

        if (_lexicon.IsGivenName(folded[k]))
        {
            return true;
        }

        // "Mark Zuckerberg", "Will Smith": an ambiguous given name needs a name-like word after it.
        var next = LastNamePart(folded[k + 1]);
        return _lexicon.AmbiguousGivenNames.Contains(folded[k]) &&
               (_lexicon.IsSurname(next) || (!IsCommonNotName(next) && !_lexicon.IsLocation(next)));
    }

    /// <summary>The length of the title, office, nationality, place or organisation at <paramref name="k"/>, or 0.</summary>
    private int MatchPrefix(NameRun run, int k, int end, out EntityCategory? category)
    {
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        // "Ex-Prime Minister", "then-President" (folded "ex prime", "then president"): the office after a time prefix is still the office.
        var firstWord = WithoutTimePrefix(folded[k]);
        var firstWordKinds = _lexicon.KindsOf(firstWord);
        var longest = (firstWordKinds & Lexicon.WordKind.PhraseFirstWord) != 0 ? Math.Min(_lexicon.MaxPhraseWords, end - k) : 1;
        _phrases[1] = firstWord;
        var reach = 1;
        while (reach < longest)
        {
            var longer = _phrases[reach] + " " + folded[k + reach];
            if (!_lexicon.PhrasePrefixes.Contains(longer))
            {
                break;
            }

            _phrases[++reach] = longer;
        }

        for (var length = reach; length >= 1; length--)
        {
            var kinds = length == 1 ? firstWordKinds : _lexicon.KindsOf(_phrases[length]);

            if ((kinds & (Lexicon.WordKind.Office | Lexicon.WordKind.Title)) != 0 && (length > 1 || firstWord == folded[k] || !tokens[k].IsAllCaps))
            {
                category = EntityCategory.PersonType;
                return length;
            }

            if ((kinds & Lexicon.WordKind.Location) != 0 && (length > 1 || (kinds & (Lexicon.WordKind.Surname | Lexicon.WordKind.AmbiguousSurname)) == 0 || k + 1 < end))
            {
                category = EntityCategory.Location;
                return length;
            }

            if ((kinds & Lexicon.WordKind.Organization) != 0)
            {
                category = EntityCategory.Organization;
                return length;
            }
        }

        var first = folded[k];
        var firstKinds = ReferenceEquals(first, firstWord) ? firstWordKinds : _lexicon.KindsOf(first);
        if ((firstKinds & Lexicon.WordKind.Nationality) != 0 || (first.Contains(' ') && IsNationalityWord(first)))
        {
            category = EntityCategory.Nationality;
            return 1;
        }

        if ((firstKinds & (Lexicon.WordKind.OfficeQualifier | Lexicon.WordKind.Affiliation)) != 0)
        {
            category = null;
            return 1;
        }

        // A common word before the name: "During", "Positive", "Former", "Education" (of "Minister of Education X").
        if (IsCommonNotName(first) && !tokens[k].IsAllCaps)
        {
            category = null;
            return 1;
        }

        category = null;
        return 0;
    }

    private static string WithoutTimePrefix(string folded)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["ex ", "then ", "former "])
        {
            if (folded.Length > prefix.Length + 1 && folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }

    private bool IsNationalityWord(string folded)
    {
        if (_lexicon.IsNationality(folded))
        {
            return true;
        }

        // "Syrian-Turkish": every part a nationality.
        if (!folded.Contains(' '))
        {
            return false;
        }

        foreach (var part in folded.Split(' '))
        {
            if (!_lexicon.IsNationality(part))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOrganization(NameRun run, int k, int end)
    {
        var folded = run.Block.Folded;
        var phrase = string.Join(' ', folded, k, end - k);
        if (_lexicon.Organizations.Contains(phrase))
        {
            return true;
        }

        for (var i = k; i < end; i++)
        {
            if (_lexicon.OrganizationKeywords.Contains(folded[i]))
            {
                // "Park Joo-ho": a keyword that is also a family name may open a person's name ("Fort Lee" may not).
                if (i == k && end - k > 1 && _lexicon.IsSurname(folded[i]) && !LooksLikeKeywordPhrase(folded, k + 1, end))
                {
                    continue;
                }

                return true;
            }

            if (run.Block.Tokens[i].IsAllCaps && _lexicon.Organizations.Contains(folded[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeKeywordPhrase(string[] folded, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (_lexicon.OrganizationKeywords.Contains(folded[i]) || _lexicon.Locations.Contains(folded[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWholeLocation(string[] folded, int k, int end) => _lexicon.Locations.Contains(string.Join(' ', folded, k, end - k));

    private bool IsInitials(Token token, string folded) =>
        token.IsInitial || (token.IsAllCaps && token.Length <= 2 && !_lexicon.Organizations.Contains(folded) && !_lexicon.IsLocation(folded) && !_lexicon.IsNationality(folded));

    /// <summary>
    /// A common English word that is not also a listed name. The dictionary's everyday words count too, unless a
    /// name list knows them: "Civic Passion" and "Iodine Nutrition" are no one, while Gates, White and Bill are
    /// names as well as words.
    /// </summary>
    private bool IsCommonNotName(string folded)
    {
        // Asked several times per capitalized token; worth answering once per word.
        if (!_commonNotName.TryGetValue(folded, out var common))
        {
            var kinds = _lexicon.KindsOf(folded);
            common = (kinds & Lexicon.WordKind.CommonWord) != 0 && (kinds & (Lexicon.WordKind.GivenName | Lexicon.WordKind.Surname)) == 0 ||
                     folded.Length > 2 && (kinds & Lexicon.WordKind.KnownName) == 0 && EnglishDictionary.Shared.IsOrdinaryFoldedWord(folded, EverydayWordLevel);
            _commonNotName[folded] = common;
        }

        return common;
    }

    private string LastNamePart(string folded) => PersonResolver.StripParticle(folded, _lexicon);

    private void PropagateKnownNames()
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var givenOwners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in _entities.Where(e => e.Category == EntityCategory.Person))
        {
            var parts = person.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameFolding.Fold).ToArray();
            var surname = LastNamePart(parts[^1]);
            surnames.Add(surname);
            if (parts.Length >= 2 && !IsCommonNotName(parts[0]))
            {
                if (!givenOwners.TryGetValue(parts[0], out var owners))
                {
                    givenOwners[parts[0]] = owners = new HashSet<string>(StringComparer.Ordinal);
                }

                owners.Add(surname);
            }
        }

        var surnameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var surname in surnames)
        {
            surnameKeys.TryAdd(NameSimilarity.TransliterationKey(surname), surname);
        }

        foreach (var run in _runs)
        {
            if (run.IsOrganization)
            {
                continue;
            }

            var tokens = run.Block.Tokens;
            var folded = run.Block.Folded;
            for (var i = run.From; i < run.To; i++)
            {
                var token = tokens[i];
                if (IsCoveredByPerson(token.Start, token.End))
                {
                    continue;
                }

                var key = LastNamePart(folded[i]);

                // "Valeska Paris" again, at a sentence start: the given name and surname of one introduced person.
                if (i + 1 < run.To && givenOwners.TryGetValue(folded[i], out var pairOwners) &&
                    pairOwners.Contains(LastNamePart(folded[i + 1])) && !IsCoveredByPerson(tokens[i + 1].Start, tokens[i + 1].End))
                {
                    AddPerson(token.Start, tokens[i + 1].End);
                    i++;
                    continue;
                }

                // "Zelenskyy" after "Volodymyr Zelensky": a transliteration of a known surname is the same person.
                var isSurname = surnames.Contains(key) ||
                                (key.Length >= 5 && !IsCommonNotName(key) && !_lexicon.IsLocation(key) &&
                                 surnameKeys.TryGetValue(NameSimilarity.TransliterationKey(key), out var known) &&
                                 NameSimilarity.Similarity(key, known) >= 0.8);
                var isUniqueGivenName = !isSurname && givenOwners.TryGetValue(folded[i], out var owners) && owners.Count == 1 &&
                                        !(i + 1 < run.To && !IsCoveredByPerson(tokens[i + 1].Start, tokens[i + 1].End));
                if (!isSurname && !isUniqueGivenName)
                {
                    continue;
                }

                // "in Paris" stays a place even when a Ms Paris is in the story.
                var before = i > 0 ? folded[i - 1] : "";
                if (_lexicon.IsLocation(key) && PersonContext.LocativePrepositions.Contains(before))
                {
                    continue;
                }

                AddPerson(token.Start, token.End);
            }
        }
    }

    private bool IsCoveredByPerson(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_personChars[i])
            {
                return true;
            }
        }

        return false;
    }

    private void AddPerson(int start, int end)
    {
        if (IsCoveredByPerson(start, end))
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            _personChars[i] = true;
        }

        AddEntity(start, end, EntityCategory.Person);
    }

    private void AddEntity(int start, int end, EntityCategory category) =>
        _entities.Add(new Entity(_document.Text[start..end], category, start, end - start));

    /// <summary>
    /// A headline-style line ("Turkey Kills SDF Leader North of Raqqa"): nearly every word but the small function
    /// words capitalized, and no closing period. Capitals there say nothing about names.
    /// </summary>
    private static bool IsTitleCase(List<Token> tokens)
    {
        // Most blocks are paragraphs, and a paragraph ends with its period.
        if (tokens.Count > 0 && tokens[^1].Is('.'))
        {
            return false;
        }

        var words = 0;
        var capitalized = 0;
        foreach (var token in tokens)
        {
            // The function words are lower case and short: a capitalized or longer word is none of them.
            if (token.IsWord && (token.IsCapitalized || token.Length > LongestTitleCaseFunctionWord || !TitleCaseFunctionWords.Contains(token.Text)))
            {
                words++;
                if (token.IsCapitalized)
                {
                    capitalized++;
                }
            }
        }

        return words >= 3 && capitalized * 10 >= words * 8;
    }

    private static readonly HashSet<string> TitleCaseFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs", "via", "into", "over", "after",
    };

    private static readonly int LongestTitleCaseFunctionWord = TitleCaseFunctionWords.Max(w => w.Length);

    private sealed record BlockTokens(List<Token> Tokens, string[] Folded, bool TitleCase);

    private sealed class NameRun(BlockTokens block, int from, int to)
    {
        public BlockTokens Block { get; } = block;

        public int From { get; } = from;

        public int To { get; } = to;

        public bool IsOrganization { get; set; }
    }
}
