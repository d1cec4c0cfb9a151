
namespace FactCheck.Core.Rules.Text;

/// <summary>One word spelled two ways: the en-US and the en-GB form.</summary>
public sealed record SpellingVariantPair(string American, string British);

/// <summary>
/// The US/UK spelling pairs shipped in <c>Rules/Data/spelling-variants.tsv</c> (en-US, tab, en-GB per line, lower case),
/// looked up by either form.
/// </summary>
public sealed class SpellingVariants
{
    private const string ResourceName = "FactCheck.Core.RuleData.spelling-variants.tsv";
    private static readonly Lazy<SpellingVariants> Embedded = new(LoadEmbedded);
    private readonly WordMap<SpellingVariantPair> _byForm;

    public SpellingVariants(IEnumerable<SpellingVariantPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var byForm = new Dictionary<string, SpellingVariantPair>(StringComparer.OrdinalIgnoreCase);
        var list = new List<SpellingVariantPair>();
        foreach (var pair in pairs)
        {
            if (byForm.TryAdd(pair.American, pair) && byForm.TryAdd(pair.British, pair))
            {
                list.Add(pair);
            }
        }

        _byForm = new WordMap<SpellingVariantPair>(byForm);
        Pairs = list;
    }

    /// <summary>The shipped list.</summary>
    public static SpellingVariants Default => Embedded.Value;

    public IReadOnlyList<SpellingVariantPair> Pairs { get; }

    /// <summary>False when no form has this word key; true says only "look closer".</summary>
    public bool MightContain(int key) => _byForm.MightContain(key);

    public bool TryFind(Word word, out SpellingVariantPair pair) => _byForm.TryGetValue(word, out pair!);

    public bool TryFind(string word, out SpellingVariantPair pair) => _byForm.TryGetValue(word, out pair!);

    private static SpellingVariants LoadEmbedded()
    {
        using var stream = typeof(SpellingVariants).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(SpellingVariants).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var pairs = new List<SpellingVariantPair>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                pairs.Add(new SpellingVariantPair(line[..tab].Trim(), line[(tab + 1)..].Trim()));
            }
        }

        return new SpellingVariants(pairs);
    }
}
