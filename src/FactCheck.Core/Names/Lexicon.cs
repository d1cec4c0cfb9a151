using System.Collections.Frozen;
using System.Reflection;

namespace FactCheck.Core.Names;

/// <summary>
/// The word lists the local recognizer and the person resolver consult, loaded once from the embedded
/// <c>Names/Lexicon/*.txt</c> files. Every lookup is by folded form (see <see cref="NameFolding"/>), so
/// "Çavuşoğlu" and "Cavusoglu" are one entry.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(Func<string, IEnumerable<string>> read)
    {
        GivenNames = Set(read("given-names"));
        AmbiguousGivenNames = Set(read("given-names-ambiguous"));
        Surnames = Set(read("surnames"));
        AmbiguousSurnames = Set(read("surnames-ambiguous"));
        Titles = Set(read("titles"));
        Offices = Set(read("offices"));
        OfficeQualifiers = Set(read("office-qualifiers"));
        Locations = Set(read("locations"));
        AmbiguousLocations = Set(read("locations-ambiguous"));
        OrganizationKeywords = Set(read("org-keywords"));
        Organizations = Set(read("organizations"));
        CommonWords = Set(read("common-words"));
        Particles = Set(read("name-particles"));
        NeverNames = Set(read("never-names"));
        Affiliations = Set(read("affiliations"));
        Chambers = Set(read("chambers"));
        PeopleNames = Set(read("people-names"));
        var nationalities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in read("nationalities"))
        {
            var parts = line.Split('\t', 2);
            var key = NameFolding.Fold(parts[0]);
            if (key.Length > 0)
            {
                nationalities[key] = parts.Length > 1 ? NameFolding.Fold(parts[1]) : key;
            }
        }

        Nationalities = nationalities.ToFrozenDictionary(StringComparer.Ordinal);
        RoleWords = Titles.Concat(Offices).SelectMany(p => p.Split(' ')).Concat(OfficeQualifiers).ToFrozenSet(StringComparer.Ordinal);
        PhraseFirstWords = new[] { Titles, Offices, Locations, AmbiguousLocations, Organizations }
            .SelectMany(set => set).Where(p => p.Contains(' ')).Select(p => p[..p.IndexOf(' ')])
            .ToFrozenSet(StringComparer.Ordinal);
        MaxPhraseWords = new[] { Titles, Offices, Locations, AmbiguousLocations, Organizations }
            .SelectMany(s => s).Select(p => p.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        PhrasePrefixes = new[] { Titles, Offices, Locations, AmbiguousLocations, Organizations }
            .SelectMany(set => set).SelectMany(MultiWordPrefixes).ToFrozenSet(StringComparer.Ordinal);
        _kinds = KindsOf(
            (GivenNames, WordKind.GivenName), (AmbiguousGivenNames, WordKind.AmbiguousGivenName), (Surnames, WordKind.Surname),
            (AmbiguousSurnames, WordKind.AmbiguousSurname), (PeopleNames, WordKind.PeopleName), (Titles, WordKind.Title),
            (Offices, WordKind.Office), (Locations, WordKind.Location), (AmbiguousLocations, WordKind.AmbiguousLocation),
            (Nationalities.Keys, WordKind.Nationality), (Organizations, WordKind.Organization), (OfficeQualifiers, WordKind.OfficeQualifier),
            (Affiliations, WordKind.Affiliation), (CommonWords, WordKind.CommonWord), (PhraseFirstWords, WordKind.PhraseFirstWord));
    }

    // The predicates below ask two to four lists about one word; the recognizer asks them about every capitalized
    // token, so one table answers them all in a single lookup.
    [Flags]
    internal enum WordKind
    {
        None = 0,
        GivenName = 1,
        AmbiguousGivenName = 2,
        Surname = 4,
        AmbiguousSurname = 8,
        PeopleName = 16,
        Title = 32,
        Office = 64,
        Location = 128,
        AmbiguousLocation = 256,
        Nationality = 512,
        Organization = 1024,
        OfficeQualifier = 2048,
        Affiliation = 4096,
        CommonWord = 8192,
        /// <summary>The first word of a multi-word title, office, place or organisation (<see cref="PhraseFirstWords"/>).</summary>
        PhraseFirstWord = 16384,
        AnyGivenName = GivenName | AmbiguousGivenName,
        AnySurname = Surname | AmbiguousSurname,
        KnownName = AnyGivenName | AnySurname | PeopleName,
        TitleOrOffice = Title | Office,
        AnyLocation = Location | AmbiguousLocation,
    }

    private readonly FrozenDictionary<string, WordKind> _kinds;

    public static Lexicon Shared => Instance.Value;

    public FrozenSet<string> GivenNames { get; }

    /// <summary>Given names that are also common words (Will, Mark, Rose): evidence only with support.</summary>
    public FrozenSet<string> AmbiguousGivenNames { get; }

    public FrozenSet<string> Surnames { get; }

    public FrozenSet<string> AmbiguousSurnames { get; }

    /// <summary>Honorifics and occupations that precede a name (Mr, Professor, Coach).</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Offices one person holds at a time (President, Foreign Minister).</summary>
    public FrozenSet<string> Offices { get; }

    /// <summary>Words that change who may hold an office (former, deputy, acting).</summary>
    public FrozenSet<string> OfficeQualifiers { get; }

    public FrozenSet<string> Locations { get; }

    /// <summary>Places that are also common names (Paris, Jordan, Georgia).</summary>
    public FrozenSet<string> AmbiguousLocations { get; }

    public FrozenSet<string> OrganizationKeywords { get; }

    public FrozenSet<string> Organizations { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenSet<string> Particles { get; }

    /// <summary>Pronouns, possessive determiners and greetings that open a capitalized run but never belong to a name.</summary>
    public FrozenSet<string> NeverNames { get; }

    /// <summary>Party and religious affiliations that stand before names like nationalities ("Democrat", "Catholic").</summary>
    public FrozenSet<string> Affiliations { get; }

    /// <summary>Legislatures and their chambers ("senate", "bundestag"): part of a title before an office, never an affiliation.</summary>
    public FrozenSet<string> Chambers { get; }

    /// <summary>Demonym (folded) → country (folded): "turkish" → "turkey".</summary>
    public FrozenDictionary<string, string> Nationalities { get; }

    /// <summary>Every word of every title, office and qualifier, for reading role phrases word by word.</summary>
    public FrozenSet<string> RoleWords { get; }

    /// <summary>First words of the multi-word titles, offices, places and organisations: only these start a phrase.</summary>
    public FrozenSet<string> PhraseFirstWords { get; }

    /// <summary>The longest multi-word entry among titles, offices, places and organisations.</summary>
    public int MaxPhraseWords { get; }

    /// <summary>
    /// Every word-by-word prefix of two or more words of the multi-word titles, offices, places and organisations,
    /// the whole entries included ("prime minister", "united states of"): a phrase that is not one cannot grow into
    /// an entry.
    /// </summary>
    public FrozenSet<string> PhrasePrefixes { get; }

    public bool IsGivenName(string folded) => GivenNames.Contains(folded);

    public bool IsAnyGivenName(string folded) => Is(folded, WordKind.AnyGivenName);

    /// <summary>Given names and surnames of many languages (generated from a public list; see NOTICE.md).</summary>
    public FrozenSet<string> PeopleNames { get; }

    /// <summary>True when the folded word is someone's given name or surname in any of the name lists.</summary>
    public bool IsKnownName(string folded) => Is(folded, WordKind.KnownName);

    public bool IsSurname(string folded) => Is(folded, WordKind.AnySurname);

    public bool IsTitleOrOffice(string foldedPhrase) => Is(foldedPhrase, WordKind.TitleOrOffice);

    public bool IsLocation(string foldedPhrase) => Is(foldedPhrase, WordKind.AnyLocation);

    public bool IsNationality(string folded) => Is(folded, WordKind.Nationality);

    /// <summary>A lexicon built from explicit lists, for tests.</summary>
    internal static Lexicon FromLists(IReadOnlyDictionary<string, string[]> lists) =>
        new(name => lists.TryGetValue(name, out var entries) ? entries : []);

    /// <summary>The entries of the embedded list <c>Names/Lexicon/{name}.txt</c>, trimmed, without comments and blank lines.</summary>
    internal static IReadOnlyList<string> ReadList(string name) => ReadResource(typeof(Lexicon).Assembly, $"FactCheck.Core.Lexicon.{name}.txt");

    private static Lexicon Load() => new(ReadList);

    private static IEnumerable<string> MultiWordPrefixes(string phrase)
    {
        for (var space = phrase.IndexOf(' '); space > 0; space = phrase.IndexOf(' ', space + 1))
        {
            var next = phrase.IndexOf(' ', space + 1);
            yield return next < 0 ? phrase : phrase[..next];
        }
    }

    private static FrozenDictionary<string, WordKind> KindsOf(params (IEnumerable<string> Words, WordKind Kind)[] lists)
    {
        var kinds = new Dictionary<string, WordKind>(StringComparer.Ordinal);
        foreach (var (words, kind) in lists)
        {
            foreach (var word in words)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }

        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every list among the given names, surnames, people names, titles, offices, places, nationalities,
    /// organisations, office qualifiers, affiliations, common words and phrase first words that has the folded word or
    /// phrase, in one lookup.</summary>
    internal WordKind KindsOf(string folded) => _kinds.GetValueOrDefault(folded);

    private bool Is(string folded, WordKind kinds) => _kinds.TryGetValue(folded, out var found) && (found & kinds) != 0;

    private static List<string> ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    private static FrozenSet<string> Set(IEnumerable<string> entries) =>
        entries.Select(NameFolding.Fold).Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
