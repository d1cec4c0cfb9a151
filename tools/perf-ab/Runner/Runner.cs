using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;

namespace FactCheck.PerfAb;

/// <summary>One corpus pass as the corpus benchmark makes it: extract, recognize, all rules (or recognition only).</summary>
public static class Runner
{
    private static (string Name, byte[] Bytes)[] _articles = [];
    private static DocumentChecker? _checker;
    private static LocalEntityRecognizer? _recognizer;

    public static void Setup(string corpus)
    {
        _articles = Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        _checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(RuleCatalog.CreateAll()));
        _recognizer = new LocalEntityRecognizer();
    }

    public static int Pass(bool recognizeOnly)
    {
        var count = 0;
        foreach (var (name, bytes) in _articles)
        {
            var document = DocumentReader.Read(name, bytes);
            count += recognizeOnly ? _recognizer!.Recognize(document).Entities.Count : _checker!.CheckAsync(document).GetAwaiter().GetResult().Flags.Count;
        }

        return count;
    }
}
