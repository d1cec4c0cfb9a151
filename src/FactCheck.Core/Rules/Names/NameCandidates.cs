using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// Capitalized words that may name a person, found in the text itself rather than taken from the recognizer: a
/// drifted name ("Morberg posted on Twitter", "Kandels secured a plurality") is usually a word no recognizer and no
/// word list knows, so the name rules cannot wait to be told it is a person. A word is a candidate unless it is
/// explained: a name word of someone introduced, a known place, organisation, nationality, title or office, or an
/// ordinary English word used as one. Where it stands is kept as <see cref="NameEvidence"/>, since the rules need
/// different certainty: resembling an introduced name is evidence enough for <c>name-mismatch</c>, while calling a
/// word an unintroduced person needs the word to stand where people stand.
/// </summary>
public sealed class NameCandidates
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, NameCandidates> Cache = new();

    // Courtesy titles and forms of address: what stands after them is a person, and they do not identify one.
    private static readonly WordSet Honorifics = new(PersonContext.CourtesyTitles.Concat(["sir", "dame", "lady", "lord"]));

    private static readonly WordSet ReportedBy = new(["said", "says", "told", "added", "wrote", "asked", "according"]);

    private static readonly WordSet ReportingVerbs = new(PersonContext.StrongReportingVerbs);

    private static readonly WordSet Verbs = new(PersonContext.ReportingVerbs.Concat(["would", "will", "could", "should", "can", "did", "does", "must", "might"]));

    // A lower-case word after a name that is not one of these is most often its verb or an adverb ("Soufan made",
    // "Harris also lost"); after these the capitalized word is more often a place or a thing.
    private static readonly WordSet FunctionWords = new([
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "nor", "the", "a", "an", "as", "than",
        "that", "which", "where", "when", "while", "into", "onto", "over", "under", "after", "before", "near", "across",
        "between", "against", "during", "since", "until", "through", "about", "per", "via", "de", "la", "le", "del", "y", "v", "vs",
    ]);

    private static readonly WordSet Adverbs = new(["once", "also", "later", "then", "never", "still", "now", "first", "often", "soon", "again", "always"]);

    private static readonly WordSet PersonObjectWords = new(["to", "with", "for", "by", "against", "told", "gave", "asked", "thanked", "met", "interviewed", "urged", "beat", "defeated", "replaced", "succeeded", "praised", "criticised", "criticized", "accused", "endorsed"]);

    // People are talked to, worked for and written by, but so are places and organisations ("moved to Kinshasa").
    private static readonly WordSet PlaceObjectWords = new(["to", "for", "by", "from"]);

    // After an article or a case's "v." the capitalized word names a thing or a party, not a person by surname.
    private static readonly WordSet NotBeforeAName = new(["a", "an", "the", "this", "that", "these", "those", "v", "vs"]);

    private readonly Lexicon _lexicon;
    private readonly IOrdinaryWords _ordinary;

    private NameCandidates(DocumentAnalysis analysis, TextIndex index, Lexicon lexicon, IOrdinaryWords ordinary)
    {
        _lexicon = lexicon;
        _ordinary = ordinary;
        var introduced = IntroducedPeople.Of(analysis);
        var persons = analysis.Persons;
        var personStarts = new HashSet<int>(persons.Select(p => p.Span.Offset));
        var candidates = new List<NameCandidate>();
        var headline = analysis.Document.Blocks.Count > 1 ? 0 : -1;
        var titleCaseBlocks = new Dictionary<int, bool>();
        foreach (var sentence in index.Sentences)
        {
            if (!titleCaseBlocks.TryGetValue(sentence.BlockIndex, out var titleCase))
            {
                titleCaseBlocks[sentence.BlockIndex] = titleCase = IsTitleCase(index.BlockWords(sentence.BlockIndex));
            }

            if (titleCase)
            {
                // Headlines and pasted title lines capitalize every word; headline-body reads the headline.
                continue;
            }

            Collect(analysis.Document.Text, sentence.Words, sentence.BlockIndex == headline, introduced, personStarts, candidates);
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            occurrences[candidate.Folded] = occurrences.GetValueOrDefault(candidate.Folded) + 1;
        }

        foreach (var person in persons)
        {
            if (occurrences.TryGetValue(person.FoldedSurname, out var count))
            {
                occurrences[person.FoldedSurname] = count + 1;
            }
        }

        Candidates = candidates.Select(c => occurrences[c.Folded] == 1 ? c with { IsOnlyUse = true } : c).ToArray();
    }

    /// <summary>The candidates of an analysis, found once however many name rules ask; <paramref name="index"/> is the check's shared word index.</summary>
    public static NameCandidates Of(DocumentAnalysis analysis, TextIndex index) =>
        Cache.GetValue(analysis, _ => new NameCandidates(analysis, index, Lexicon.Shared, OrdinaryWords.Shared));

    internal static NameCandidates Find(DocumentAnalysis analysis, TextIndex index, Lexicon lexicon, IOrdinaryWords ordinary) =>
        new(analysis, index, lexicon, ordinary);

    /// <summary>Every candidate in text order, one per capitalized name word the recognizer did not call a person.</summary>
    public IReadOnlyList<NameCandidate> Candidates { get; }

    private void Collect(string text, ArraySegment<Word> words, bool inHeadline, IntroducedPeople introduced, HashSet<int> personStarts, List<NameCandidate> candidates)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < words.Count && words[end].IsCapitalized && OnlySpaceBetween(text, words[end - 1], words[end]))
            {
                end++;
            }

            AddRun(text, words, i, end, inHeadline, introduced, personStarts, candidates);
            i = end;
        }
    }

    private void AddRun(string text, ArraySegment<Word> words, int start, int end, bool inHeadline, IntroducedPeople introduced, HashSet<int> personStarts, List<NameCandidate> candidates)
    {
        var evidence = NameEvidence.None;
        var opensSentence = start == 0 || StartsClause(text, words[start]);
        while (start < end - 1 && _lexicon.NeverNames.Contains(Folded(words[start])))
        {
            // "I'm Isabel Raiz": the name starts after the pronoun.
            start++;
        }

        var first = start;
        if (opensSentence && end - start > 1 && _ordinary.IsOrdinary(Folded(words[start])) && !_lexicon.IsKnownName(Folded(words[start])))
        {
            // "Since Harris's death", "In Kandels's view": the capitalized opener is an ordinary word, not a given name.
            start++;
            first++;
            opensSentence = false;
        }

        while (first < end - 1 && IsRoleWord(words[first]))
        {
            evidence |= Honorifics.Contains(words[first]) ? NameEvidence.AfterHonorific : NameEvidence.AfterTitle;
            first++;
        }

        // Which word the run can offer is known before its context is read: most runs are recognized persons,
        // explained words or longer phrases, and reading the context of every run was most of this pass's cost.
        var offer = Offer(text, words, first, end, introduced, personStarts);
        if (offer is not { } offered)
        {
            return;
        }

        if (first == start && start > 0 && IsOfficeWord(words[start - 1]) && OnlySpaceBetween(text, words[start - 1], words[start]))
        {
            // "former minister Kandels": a lower-case office still says who stands after it.
            evidence |= Honorifics.Contains(words[start - 1]) ? NameEvidence.AfterHonorific : NameEvidence.AfterTitle;
        }

        if (opensSentence)
        {
            evidence |= NameEvidence.SentenceStart;
        }

        if (start > 0 && (ReportedBy.Contains(words[start - 1]) || (start > 1 && words[start - 1].Is("to") && words[start - 2].Is("according"))))
        {
            evidence |= NameEvidence.AfterSaid;
        }

        // A lower-case word no dictionary has is the second half of a species name ("Acropora millepora"), not a verb.
        if (end < words.Count && !words[end].IsCapitalized && OnlySpaceBetween(text, words[end - 1], words[end]))
        {
            evidence |= ReportingVerbs.Contains(words[end]) ? NameEvidence.BeforeReportingVerb | NameEvidence.BeforeVerb
                : Verbs.Contains(words[end]) || IsVerbPhrase(text, words, end) ? NameEvidence.BeforeVerb
                : FunctionWords.Contains(words[end]) || !_ordinary.IsOrdinary(Folded(words[end])) ? NameEvidence.None : NameEvidence.BeforeLowercaseWord;
        }

        if (IsFollowedByRoleAppositive(text, words, end))
        {
            evidence |= NameEvidence.BeforeRoleAppositive;
        }

        if (end < words.Count && OnlySpaceBetween(text, words[end - 1], words[end]) && IsPastTenseVerb(words[end]))
        {
            evidence |= NameEvidence.BeforePastTense;
        }

        if (IsFollowedByAge(text, words, end))
        {
            evidence |= NameEvidence.BeforeAge;
        }

        var afterComma = start > 0 && Between(text, words[start - 1], words[start]) is [','];
        if (afterComma)
        {
            evidence |= NameEvidence.ClauseStart;
        }

        // After "and" the word more often ends a list of names ("Nadine, Ashley and Toni, sold") than opens a clause.
        if ((opensSentence || afterComma) && IsFollowedByCommaClause(text, words, end))
        {
            evidence |= NameEvidence.BeforeCommaClause;
        }

        if (first == start && start > 0 && OnlySpaceBetween(text, words[start - 1], words[start]))
        {
            evidence |= PersonObjectWords.Contains(words[start - 1])
                    ? NameEvidence.AfterPersonObjectWord | (PlaceObjectWords.Contains(words[start - 1]) ? NameEvidence.None : NameEvidence.AfterPersonOnlyObjectWord)
                : IsPastTenseVerb(words[start - 1]) ? NameEvidence.AfterPastTense : NameEvidence.None;
        }

        if (first == start && ((start > 0 && NotBeforeAName.Contains(words[start - 1])) || AfterCaseSeparator(text, words[start].Offset)))
        {
            evidence |= NameEvidence.AfterDeterminer;
        }

        if (offered.OtherName is not null)
        {
            // A repeated full name with one word drifted: "Erna Solbreg" for Erna Solberg, "Kristen Wilkins" for Kristin.
            evidence = NameEvidence.InFullName | (evidence & ~NameEvidence.SentenceStart) | (offered.At == first ? NameEvidence.GivenName : NameEvidence.None);
        }

        AddWord(offered, evidence, inHeadline, candidates);
    }

    /// <summary>
    /// The one word of a run (from its first name word <paramref name="first"/>) that may be a candidate: a lone
    /// word, or the drifted half of a two-word name whose other half is an introduced person's.
    /// </summary>
    private OfferedWord? Offer(string text, ArraySegment<Word> words, int first, int end, IntroducedPeople introduced, HashSet<int> personStarts)
    {
        var count = end - first;
        if (count == 1)
        {
            return Admit(text, words, first, personStarts, otherName: null, partOfPerson: false);
        }

        if (count != 2 || IsCompound(text, words[first], words[first + 1]))
        {
            return null;
        }

        var given = Folded(words[first]);
        var surname = Folded(words[first + 1]);
        if (introduced.OwnsNameWord(given) && !introduced.OwnsNameWord(surname))
        {
            return Admit(text, words, first + 1, personStarts, given, personStarts.Contains(words[first].Offset));
        }

        return introduced.WithSurname(surname) is not null && !introduced.OwnsNameWord(given)
            ? Admit(text, words, first, personStarts, surname, partOfPerson: false)
            : null;
    }

    private OfferedWord? Admit(string text, ArraySegment<Word> words, int at, HashSet<int> personStarts, string? otherName, bool partOfPerson)
    {
        var word = words[at];
        var length = LengthWithoutPossessive(word);
        var possessive = length < word.Length;
        if (length < 3 || IsAcronym(word.Span[..length]) || (word.HasApostrophe && !possessive) || personStarts.Contains(word.Offset) || partOfPerson ||
            (at > 0 && IsHyphen(text[word.Offset - 1]) && words[at - 1].End == word.Offset - 1 && words[at - 1].IsCapitalized) ||
            (word.Offset + word.Length < text.Length && IsHyphen(text[word.Offset + word.Length])))
        {
            // Parts of hyphenated compounds ("Jean-Pierre", "Anglo-French") are not names on their own.
            return null;
        }

        var written = text.Substring(word.Offset, length);
        var folded = NameFolding.Fold(written);
        return folded.Length < 3 || IsExplained(folded) ? null : new OfferedWord(at, word.Offset, written, folded, possessive, otherName);
    }

    private void AddWord(OfferedWord offered, NameEvidence evidence, bool inHeadline, List<NameCandidate> candidates)
    {
        var (_, offset, written, folded, possessive, otherName) = offered;
        if (possessive)
        {
            evidence |= NameEvidence.Possessive;
        }

        var inDictionary = _ordinary.IsOrdinary(folded);
        var ordinary = inDictionary;
        var kinds = _lexicon.KindsOf(folded);
        var knownName = (kinds & Lexicon.WordKind.KnownName) != 0;
        var givenName = (kinds & Lexicon.WordKind.AnyGivenName) != 0;
        var surname = (kinds & Lexicon.WordKind.AnySurname) != 0;
        if (ordinary && (evidence & NameEvidence.SentenceStart) != 0 && !ActsAsSurname(folded, evidence))
        {
            // "Water" opening a sentence is the word water; capitalized mid-sentence it may be a name.
            return;
        }

        if (ordinary && knownName && (evidence & NameEvidence.AfterDeterminer) == 0 && !_ordinary.IsNeverAName(folded))
        {
            // Capitalized mid-sentence, a word that is also a name is the name: "If elected, Cherry would", "Ms White".
            ordinary = false;
        }

        candidates.Add(new NameCandidate(new TextSpan(offset, written.Length, written), folded, evidence)
        {
            IsOrdinaryWord = ordinary,
            IsDictionaryWord = inDictionary,
            IsKnownGivenName = givenName && !surname,
            IsKnownName = knownName,
            IsSurnameOnly = surname && !givenName,
            OtherName = otherName,
            InHeadline = inHeadline,
        });
    }

    private bool IsExplained(string folded) => Explains(_lexicon, folded);

    private readonly record struct OfferedWord(int At, int Offset, string Written, string Folded, bool Possessive, string? OtherName);

    /// <summary>
    /// "Trump was elected", "Fields said": a known surname opening a sentence is the person when a verb follows it,
    /// though the word is ordinary too; a given name ("Hope is fading") or a word never used as a name is not.
    /// </summary>
    private bool ActsAsSurname(string folded, NameEvidence evidence) =>
        (evidence & NameEvidence.BeforeVerb) != 0 && (_lexicon.IsSurname(folded) || _lexicon.PeopleNames.Contains(folded)) &&
        !_lexicon.IsAnyGivenName(folded) && !_ordinary.IsNeverAName(folded);

    /// <summary>The length of a word without its possessive <c>'s</c> ("Morberg's" → 7).</summary>
    internal static int LengthWithoutPossessive(Word word) =>
        word.HasApostrophe && word.Length > 2 && (word.Span[^1] is 's' or 'S') && Tokenizer.IsApostrophe(word.Span[^2]) ? word.Length - 2 : word.Length;

    /// <summary>A place, organisation, nationality, title, office, office qualifier or affiliation explains a word.</summary>
    private const Lexicon.WordKind ExplainingKinds = Lexicon.WordKind.Location | Lexicon.WordKind.AmbiguousLocation | Lexicon.WordKind.Organization |
        Lexicon.WordKind.Nationality | Lexicon.WordKind.Title | Lexicon.WordKind.Office | Lexicon.WordKind.OfficeQualifier | Lexicon.WordKind.Affiliation;

    internal static bool Explains(Lexicon lexicon, string folded) =>
        // Organisation keywords ("Water", "Council") make a run an organisation; alone they are ordinary words.
        (lexicon.KindsOf(folded) & ExplainingKinds) != 0 || lexicon.Particles.Contains(folded) ||
        // A nationality's plural names its people as a group ("contact with Europeans").
        (folded.EndsWith('s') && lexicon.IsNationality(folded[..^1]));

    private bool IsRoleWord(Word word) =>
        Honorifics.Contains(word) || Folded(word) is var folded && (_lexicon.RoleWords.Contains(folded) || _lexicon.IsNationality(folded));

    /// <summary>"Soufan, the incumbent President of …", "Kandels, a former minister": an appositive gives the office.</summary>
    private bool IsFollowedByRoleAppositive(string text, ArraySegment<Word> words, int end)
    {
        if (end >= words.Count - 1 || !words[end].Is("the") && !words[end].Is("a") && !words[end].Is("an") ||
            text.AsSpan(words[end - 1].End, words[end].Offset - words[end - 1].End).Trim() is not [','])
        {
            return false;
        }

        for (var i = end + 1; i < Math.Min(words.Count, end + 4); i++)
        {
            if (_lexicon.IsTitleOrOffice(Folded(words[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kandels once told", "Kandels later said": an adverb before a verb people take. Any past tense would be too
    /// loose, since ordinary words open sentences with one ("Frost damaged the crops").
    /// </summary>
    private static bool IsVerbPhrase(string text, ArraySegment<Word> words, int at) =>
        at + 1 < words.Count && (Adverbs.Contains(words[at]) || (words[at].Length > 4 && words[at].Text.EndsWith("ly", StringComparison.Ordinal))) &&
        OnlySpaceBetween(text, words[at], words[at + 1]) && Verbs.Contains(words[at + 1]);

    /// <summary>"Kandels, 33, worked": only people are given an age in an appositive.</summary>
    private static bool IsFollowedByAge(string text, ArraySegment<Word> words, int end) =>
        end < words.Count && words[end].IsNumber && words[end].Length <= 3 && Between(text, words[end - 1], words[end]) is [','] &&
        (end + 1 == words.Count || Between(text, words[end], words[end + 1]) is [','] or ['.']);

    /// <summary>
    /// "Kandels, now in office, said", "Kandels, along with …", "Kandels, who …": a clause's subject set off by a comma
    /// and followed by lower-case words; a list of places or things goes on with another capital or "and".
    /// </summary>
    private static bool IsFollowedByCommaClause(string text, ArraySegment<Word> words, int end) =>
        end < words.Count && !words[end].IsCapitalized && !words[end].IsNumber && !FunctionWords.Contains(words[end]) &&
        Between(text, words[end - 1], words[end]) is [','];

    private static ReadOnlySpan<char> Between(string text, Word left, Word right) =>
        text.AsSpan(left.End, right.Offset - left.End).Trim();

    /// <summary>"congratulated Harris", "called Harris": a lower-case past tense before the name makes it the object.</summary>
    private static bool IsPastTenseVerb(Word word) =>
        word.Length > 4 && !word.IsCapitalized && word.Text.EndsWith("ed", StringComparison.Ordinal);

    private bool IsOfficeWord(Word word) => _lexicon.IsTitleOrOffice(Folded(word));

    private static string Folded(Word word) => NameFolding.Fold(word.Text);

    private static bool OnlySpaceBetween(string text, Word left, Word right)
    {
        for (var i = left.End; i < right.Offset; i++)
        {
            if (text[i] is not (' ' or '\u00a0'))
            {
                return false;
            }
        }

        return right.Offset - left.End is 1;
    }

    private static bool IsCompound(string text, Word left, Word right) => right.Offset > 0 && IsHyphen(text[right.Offset - 1]);

    /// <summary>Hyphens and the en dash that joins names in compounds ("Saffir–Simpson").</summary>
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    /// <summary>After a colon, a dash or an opening quote a new clause starts, and capitals say nothing there.</summary>
    private static bool StartsClause(string text, Word word)
    {
        for (var i = word.Offset - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '\u00a0')
            {
                continue;
            }

            return c is ':' or '"' or '\u201c' or '\u2018' or '(' or '[' or '\u2014' or '\u2013' or '\n' or '.' or '?' or '!' or ';';
        }

        return true;
    }

    /// <summary>"Roe v. Wade": the sentence splitter may cut after "v.", so the text before the word is read.</summary>
    private static bool AfterCaseSeparator(string text, int offset)
    {
        var before = text.AsSpan(0, offset).TrimEnd();
        return before.EndsWith(" v.", StringComparison.Ordinal) || before.EndsWith(" vs.", StringComparison.Ordinal);
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    private static bool IsTitleCase(ArraySegment<Word> words)
    {
        var long_ = 0;
        var capitalized = 0;
        foreach (var word in words)
        {
            if (word.Length >= 4 && !word.IsNumber)
            {
                long_++;
                capitalized += word.IsCapitalized ? 1 : 0;
            }
        }

        // A headline capitalizes nearly every long word; a paragraph dense with names ("Aner Shalev … Kibbutz Kinneret,
        // Tiberias … Hebrew University") still has its verbs and nouns in lower case.
        return long_ >= 2 && capitalized * 10 >= long_ * 9;
    }
}

/// <summary>A capitalized word that may name a person; <see cref="Span"/> is the word without a possessive.</summary>
public sealed record NameCandidate(TextSpan Span, string Folded, NameEvidence Evidence)
{
    /// <summary>An ordinary English word, capitalized mid-sentence ("Water" for Waters).</summary>
    public bool IsOrdinaryWord { get; init; }

    /// <summary>In the English dictionary, whatever its use here ("certified Diamond").</summary>
    public bool IsDictionaryWord { get; init; }

    /// <summary>A known given name and no known surname: alone it names someone by first name, not by surname.</summary>
    public bool IsKnownGivenName { get; init; }

    /// <summary>The only time the article uses this word as a name: a drifted name is written once, a topic many times.</summary>
    public bool IsOnlyUse { get; init; }

    /// <summary>In one of the name lists (given names or surnames of many languages).</summary>
    public bool IsKnownName { get; init; }

    public bool InHeadline { get; init; }

    /// <summary>A known surname that no list has as a given name.</summary>
    public bool IsSurnameOnly { get; init; }

    /// <summary>In a full name, the folded other word: the given name of a surname candidate, or the reverse.</summary>
    public string? OtherName { get; init; }

    /// <summary>True when where the word stands says a person is meant: "Ms Morberg", "Morberg said", "said Morberg".</summary>
    public bool StandsForPerson =>
        (Evidence & (NameEvidence.AfterHonorific | NameEvidence.AfterTitle | NameEvidence.AfterSaid | NameEvidence.BeforeReportingVerb | NameEvidence.InFullName | NameEvidence.BeforeRoleAppositive | NameEvidence.BeforeAge)) != 0 &&
        (Evidence & NameEvidence.AfterDeterminer) == 0;

    /// <summary>
    /// True when a known name stands where a person may: after a title or a reporting verb, or, used only once,
    /// opening a sentence, owning something, or doing something ("Harris stayed", "Harris's campaign", "Cherry would
    /// be"); after an article it is a thing ("a Crap").
    /// </summary>
    public bool StandsForKnownName =>
        IsKnownName && (Evidence & NameEvidence.AfterDeterminer) == 0 &&
        (StandsForPerson || (IsOnlyUse &&
            ((Evidence & (NameEvidence.SentenceStart | NameEvidence.Possessive | NameEvidence.BeforeVerb | NameEvidence.BeforeLowercaseWord | NameEvidence.BeforeCommaClause)) != 0 ||
             (!IsOrdinaryWord && IsSurnameOnly && (Evidence & NameEvidence.AfterPersonObjectWord) != 0) ||
             (!IsDictionaryWord && (Evidence & NameEvidence.AfterPastTense) != 0))));

    /// <summary>
    /// True when a word no list knows, used only once, stands as a person's name does: said to speak or act ("Soufan
    /// made his announcement" opening a sentence), or owning something ("Zamperoni's warrant"). A place or a topic the
    /// article is about comes back; a surname that drifted in is written once.
    /// </summary>
    public bool StandsForUnknownName =>
        !IsKnownName && !IsOrdinaryWord && IsOnlyUse && (Evidence & NameEvidence.AfterDeterminer) == 0 &&
        (StandsForPerson || (Evidence & NameEvidence.Possessive) != 0 ||
         (Evidence & NameEvidence.BeforeCommaClause) != 0 ||
         ((Evidence & NameEvidence.AfterPersonOnlyObjectWord) != 0 && (Evidence & NameEvidence.BeforeLowercaseWord) == 0) ||
         ((Evidence & NameEvidence.AfterPastTense) != 0 && (Evidence & NameEvidence.BeforePastTense) != 0) ||
         ((Evidence & (NameEvidence.SentenceStart | NameEvidence.ClauseStart)) != 0 && (Evidence & (NameEvidence.BeforeVerb | NameEvidence.BeforeLowercaseWord)) != 0));

    public bool Has(NameEvidence evidence) => (Evidence & evidence) != 0;
}

/// <summary>Where a candidate stands.</summary>
[Flags]
public enum NameEvidence
{
    None = 0,
    SentenceStart = 1,
    AfterHonorific = 2,
    AfterTitle = 4,
    AfterSaid = 8,
    BeforeReportingVerb = 16,
    Possessive = 32,
    InFullName = 64,
    GivenName = 128,
    BeforeVerb = 256,
    AfterDeterminer = 512,
    BeforeLowercaseWord = 1024,
    BeforeRoleAppositive = 2048,
    AfterPersonObjectWord = 4096,

    /// <summary>After a lower-case past tense: "congratulated Harris".</summary>
    AfterPastTense = 8192,

    /// <summary>An age in an appositive follows: "Kandels, 33, worked".</summary>
    BeforeAge = 16384,

    /// <summary>After a comma, where a clause opens once an opening phrase is done: "If elected, Kandels would".</summary>
    ClauseStart = 32768,

    /// <summary>Opening a clause and set off by a comma before lower-case words: "Kandels, now in office, said".</summary>
    BeforeCommaClause = 65536,

    /// <summary>
    /// The object of a verb or preposition that takes people and hardly places: "met with Kandels", "thanked Kandels".
    /// A lower-case word after it makes the capital a modifier instead ("topped with Godiva chocolate").
    /// </summary>
    AfterPersonOnlyObjectWord = 131072,

    /// <summary>A lower-case past tense follows: with <see cref="AfterPastTense"/>, a reported clause's subject ("ruled Kandels lacked").</summary>
    BeforePastTense = 262144,
}
