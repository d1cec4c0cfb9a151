using FactCheck.Core.Model;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Flags a word spelled the American way in one place and the British way in another ("Defense Minister" …
/// "defence ministers"), or, with a house locale configured, every spelling that is not the house's.
/// </summary>
public sealed class SpellingVariantRule : IRule
{
    public static RuleDescriptor Info { get; } = new(
        "spelling-variant",
        "Mixed US/UK spelling",
        Severity.Info,
        "The same word is spelled the American and the British way in one article (defense/defence), or not in the house locale.");

    /// <summary>
    /// Official names whose spelling is not the writer's to choose. Names shaped like "Department of Defense" or
    /// ending in the variant word ("World Health Organization") are recognised without being listed.
    /// </summary>
    public static IReadOnlyList<string> DefaultExemptions { get; } =
    [
        "Department of Defense", "Defense Department", "Defense Secretary", "Secretary of Defense", "Defense Intelligence Agency",
        "Defense Advanced Research Projects Agency", "Ministry of Defence", "Defence Secretary", "World Health Organization",
        "Pan American Health Organization", "World Trade Organization", "International Labour Organization",
        "Food and Agriculture Organization", "Labour Party", "Labor Party", "Labor Day", "Department of Labor",
        "Labor Department", "Pearl Harbor", "Center for Disease Control", "Centers for Disease Control and Prevention",
        "Israel Defense Forces", "Japan Self-Defense Forces", "Self-Defense Forces", "National Defense Authorization Act",
        "Syrian Democratic Forces", "Center Party", "Kennedy Space Center", "World Trade Center",
        "Australian Defence Force", "Defence Forces", "Royal Opera House", "National Theatre", "Globe Theatre",
    ];

    private static readonly ExemptNames DefaultExemptNames = new(DefaultExemptions);

    private readonly SpellingVariants _variants;

    public SpellingVariantRule()
        : this(SpellingVariants.Default)
    {
    }

    public SpellingVariantRule(SpellingVariants variants)
    {
        _variants = variants;
    }

    public RuleDescriptor Descriptor => Info;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var occurrences = FindOccurrences(context);
        var house = HouseForm(context.Settings.HouseLocale);
        foreach (var group in occurrences.GroupBy(o => o.Pair))
        {
            var american = group.Where(o => o.IsAmerican).ToArray();
            var british = group.Where(o => !o.IsAmerican).ToArray();
            if (house is { } useAmerican)
            {
                var wrong = useAmerican ? british : american;
                var right = useAmerican ? american : british;
                var target = useAmerican ? group.Key.American : group.Key.British;
                foreach (var occurrence in wrong)
                {
                    yield return new Finding(occurrence.Word.ToSpan(), $"use '{target}' ({context.Settings.HouseLocale} house spelling), not '{occurrence.Word.Text}'")
                    {
                        Suggestion = MatchCase(target, occurrence.Word.Text),
                        Related = right.Select(o => o.Word.ToSpan()).ToArray(),
                        Evidence = [group.Key.American, group.Key.British, target],
                    };
                }

                continue;
            }

            if (american.Length == 0 || british.Length == 0)
            {
                continue;
            }

            // The majority sets the article's style; on a tie, the form used first does.
            var americanWins = american.Length != british.Length
                ? american.Length > british.Length
                : american[0].Word.Offset < british[0].Word.Offset;
            var (minority, majority) = americanWins ? (british, american) : (american, british);
            var minorityForm = Describe(minority);
            var majorityForm = Describe(majority);
            var verdict = american.Length == british.Length ? $"used first: {majorityForm}" : $"majority: {majorityForm}";
            foreach (var occurrence in minority)
            {
                yield return new Finding(
                    occurrence.Word.ToSpan(),
                    $"'{minorityForm}' ({minority.Length}×) vs '{majorityForm}' ({majority.Length}×) in this article; {verdict}")
                {
                    Related = majority.Select(o => o.Word.ToSpan()).ToArray(),
                    Evidence = [group.Key.American, group.Key.British],
                };
            }
        }
    }

    /// <summary>"defence's" is looked up as "defence"; the flag covers the word without the possessive.</summary>
    private bool TryFind(Word candidate, out Word word, out SpellingVariantPair pair)
    {
        word = candidate;
        if (_variants.TryFind(candidate, out pair))
        {
            return true;
        }

        if (!candidate.HasApostrophe)
        {
            return false;
        }

        var span = candidate.Span;
        if (span.Length > 3 && span[^1] is 's' && WordTokenizer.IsApostrophe(span[^2]))
        {
            word = candidate.Prefix(candidate.Length - 2);
            return _variants.TryFind(word, out pair);
        }

        return false;
    }

    private static string Describe(IReadOnlyList<Occurrence> occurrences) =>
        string.Join("/", occurrences.Select(o => o.Word.Text.ToLowerInvariant()).Distinct(StringComparer.Ordinal));

    private static bool? HouseForm(string? locale) => locale?.Trim().ToLowerInvariant() switch
    {
        "en-us" => true,
        "en-gb" => false,
        _ => null,
    };

    private static string MatchCase(string form, string original)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return form.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) ? char.ToUpperInvariant(form[0]) + form[1..] : form;
    }

    private List<Occurrence> FindOccurrences(RuleContext context)
    {
        var text = context.Text;
        ExemptNames? exemptions = null;
        var occurrences = new List<Occurrence>();
        foreach (var sentence in context.TextIndex.Sentences)
        {
            var words = sentence.Words;
            var span = words.AsSpan();
            bool? titleCase = null;
            for (var i = 0; i < span.Length; i++)
            {
                // Nearly every word is in no pair; the key's filter bit says so without a call.
                if ((!_variants.MightContain(span[i].Key) && !span[i].HasApostrophe) || !TryFind(span[i], out var word, out var pair))
                {
                    continue;
                }

                exemptions ??= context.Settings.SpellingExemptions.Count == 0
                    ? DefaultExemptNames
                    : new ExemptNames(DefaultExemptions.Concat(context.Settings.SpellingExemptions));
                if (exemptions.Contain(text, word))
                {
                    continue;
                }

                titleCase ??= IsTitleCase(words);
                if (titleCase == false && i > 0 && word.IsCapitalized && IsPartOfProperName(text, words, i))
                {
                    continue;
                }

                occurrences.Add(new Occurrence(word, pair, word.Is(pair.American)));
            }
        }

        return occurrences;
    }

    /// <summary>
    /// A capitalised variant inside a sentence is taken as part of a name, whose spelling is official, when it stands
    /// alone ("voters backed Labour"), ends a run of capitalised words ("World Health Organization", "Pearl Harbor") or
    /// follows "of" in one ("Ministry of Defence"). It still counts when a capitalised word follows it, because
    /// titles such as "Defense Minister" are house style, not names.
    /// </summary>
    private static bool IsPartOfProperName(string text, ArraySegment<Word> words, int index) =>
        !(index + 1 < words.Count && words[index + 1].IsCapitalized && OnlySpaceBetween(text, words[index].End, words[index + 1].Offset));

    private static bool OnlySpaceBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleCase(ArraySegment<Word> words)
    {
        var letters = words.Where(w => !w.IsNumber && w.Length > 3).ToArray();
        return letters.Length >= 2 && letters.Count(w => w.IsCapitalized) * 4 >= letters.Length * 3;
    }

    /// <summary>
    /// The exempt names, found from the variant word they contain: "defence" leads to "Ministry of Defence" (the word
    /// at character 12), which is then compared with the text around the word.
    /// </summary>
    private sealed class ExemptNames
    {
        private readonly WordMap<(string Name, int At)[]> _byWord;

        public ExemptNames(IEnumerable<string> names)
        {
            var byWord = new Dictionary<string, List<(string Name, int At)>>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var word in WordTokenizer.Tokenize(name))
                {
                    var text = word.Text;
                    if (!byWord.TryGetValue(text, out var places))
                    {
                        byWord[text] = places = [];
                    }

                    places.Add((name, word.Offset));
                }
            }

            _byWord = new WordMap<(string Name, int At)[]>(byWord.Select(e => KeyValuePair.Create(e.Key, e.Value.ToArray())));
        }

        /// <summary>Whether the word sits inside one of the names as written in the text ("Ministry of Defence").</summary>
        public bool Contain(string text, Word word)
        {
            if (!_byWord.TryGetValue(word, out var places))
            {
                return false;
            }

            foreach (var (name, at) in places)
            {
                var start = word.Offset - at;
                if (start >= 0 && start + name.Length <= text.Length && text.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record Occurrence(Word Word, SpellingVariantPair Pair, bool IsAmerican);
}
