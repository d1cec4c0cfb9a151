using FactCheck.Core.Entities;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The transliteration key of every person surname of an analysis and the surnames that share one ("Łukasz" and
/// "Luckasz"), worked out once per analysis: name-spelling-variant groups mentions by the key and unintroduced-name
/// leaves those surnames to it, so the two rules must agree on the grouping.
/// </summary>
internal sealed class SurnameTransliterations
{
    /// <summary>A key of one or two letters would group unrelated short surnames; such surnames are left ungrouped.</summary>
    public const int MinimumLength = 3;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, SurnameTransliterations> Cache = new();

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private SurnameTransliterations(IEnumerable<PersonMention> persons)
    {
        var surnamesByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var mention in persons)
        {
            var surname = mention.FoldedSurname;
            if (surname.Length < MinimumLength || _keys.ContainsKey(surname))
            {
                continue;
            }

            var key = NameSimilarity.TransliterationKey(surname);
            _keys[surname] = key;
            if (!surnamesByKey.TryGetValue(key, out var surnames))
            {
                surnamesByKey[key] = surnames = [];
            }

            surnames.Add(surname);
        }

        foreach (var surnames in surnamesByKey.Values)
        {
            if (surnames.Count > 1)
            {
                SpelledTwoWays.UnionWith(surnames);
            }
        }
    }

    /// <summary>The surnames of the analysis, computed once however many name rules ask.</summary>
    public static SurnameTransliterations Of(DocumentAnalysis analysis) => Cache.GetValue(analysis, a => new SurnameTransliterations(a.Persons));

    /// <summary>Folded surnames that share their transliteration key with another folded surname of the article.</summary>
    public HashSet<string> SpelledTwoWays { get; } = new(StringComparer.Ordinal);

    /// <summary>The transliteration key of a person surname of the analysis at least <see cref="MinimumLength"/> letters long.</summary>
    public string KeyOf(string foldedSurname) => _keys[foldedSurname];
}
