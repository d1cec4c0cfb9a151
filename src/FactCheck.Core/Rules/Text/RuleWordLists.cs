namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Named word lists shipped in one embedded file of <c>Rules/Data/</c>: a line <c>[name]</c> starts a list, each line
/// after it is one entry (<c>word</c>, or <c>word&lt;TAB&gt;value</c> in a map); blank lines and <c>#</c> comments are
/// skipped. Asking for a list the file lacks, or a map entry without its value, throws, so a renamed or damaged
/// section fails when the rule is first used, not by flagging less.
/// </summary>
internal sealed class RuleWordLists
{
    private readonly string _resource;
    private readonly Dictionary<string, List<string>> _lists;

    private RuleWordLists(string resource, Dictionary<string, List<string>> lists)
    {
        _resource = resource;
        _lists = lists;
    }

    /// <summary>The lists of <c>Rules/Data/{fileName}</c>.</summary>
    public static RuleWordLists Load(string fileName)
    {
        var resource = $"FactCheck.Core.RuleData.{fileName}";
        using var stream = typeof(RuleWordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from {typeof(RuleWordLists).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(resource, reader);
    }

    internal static RuleWordLists Parse(string resource, TextReader reader)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            if (entry[0] == '[' && entry[^1] == ']')
            {
                current = [];
                if (!lists.TryAdd(entry[1..^1], current))
                {
                    throw new InvalidOperationException($"{resource}:{number}: list {entry} appears twice");
                }

                continue;
            }

            (current ?? throw new InvalidOperationException($"{resource}:{number}: an entry before the first [list]")).Add(entry);
        }

        return new RuleWordLists(resource, lists);
    }

    public IReadOnlyList<string> Words(string name) =>
        _lists.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"{_resource} has no list [{name}]");

    public WordSet Set(string name) => new(Words(name));

    /// <summary>A list of <c>word&lt;TAB&gt;value</c> entries.</summary>
    public WordMap<string> Map(string name) => new(Words(name).Select(entry =>
    {
        var columns = entry.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return columns.Length == 2
            ? KeyValuePair.Create(columns[0], columns[1])
            : throw new InvalidOperationException($"{_resource}: '{entry}' in [{name}] is not word<TAB>value");
    }));
}
