using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Evaluation;

/// <summary>Person-mention scores for one article or a whole set: exact span match.</summary>
public sealed record PersonScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public IReadOnlyList<string> Missed { get; init; } = [];

    public IReadOnlyList<string> Spurious { get; init; } = [];
}

/// <summary>
/// Measures a recognizer's person mentions against a gold directory: <c>persons.jsonl</c> (one line per article:
/// <c>{"id","persons":[{"text","start","end"}]}</c>, UTF-16 offsets, end exclusive) beside <c>{id}.txt</c> files.
/// </summary>
public static class PersonEvaluation
{
    public static async Task<(PersonScore Total, IReadOnlyList<PersonScore> Articles)> EvaluateAsync(
        string directory, IEntityRecognizer recognizer, CancellationToken cancellationToken = default)
    {
        var goldPath = Path.Combine(directory, "persons.jsonl");
        if (!File.Exists(goldPath))
        {
            throw new DocumentInputException($"{goldPath}: not found; eval-persons needs a directory with persons.jsonl and one <id>.txt per article.");
        }

        var articles = new List<PersonScore>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(goldPath, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JObject gold;
            try
            {
                gold = JObject.Parse(line);
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                throw new DocumentInputException($"{goldPath}:{lineNumber}: not valid JSON ({e.Message}).");
            }

            var id = (string?)gold["id"] ?? throw new DocumentInputException($"{goldPath}:{lineNumber}: no \"id\".");
            var textPath = Path.Combine(directory, id + ".txt");
            var text = await File.ReadAllTextAsync(textPath, cancellationToken).ConfigureAwait(false);
            var expected = (gold["persons"] as JArray ?? [])
                .Select(p => ((int)p["start"]!, (int)p["end"]!))
                .ToHashSet();
            var document = ExtractedDocument.FromPlainText(text, textPath);
            var recognition = await recognizer.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
            var predicted = recognition.Entities
                .Where(e => e.Category == EntityCategory.Person)
                .Select(e => (e.Offset, e.End))
                .ToHashSet();
            articles.Add(Score(id, text, expected, predicted));
        }

        var total = new PersonScore("all", articles.Sum(a => a.TruePositives), articles.Sum(a => a.FalsePositives), articles.Sum(a => a.FalseNegatives));
        return (total, articles);
    }

    private static PersonScore Score(string id, string text, HashSet<(int, int)> expected, HashSet<(int, int)> predicted)
    {
        var truePositives = expected.Count(predicted.Contains);
        return new PersonScore(id, truePositives, predicted.Count - truePositives, expected.Count - truePositives)
        {
            Missed = expected.Where(s => !predicted.Contains(s)).OrderBy(s => s.Item1).Select(s => Describe(text, s)).ToArray(),
            Spurious = predicted.Where(s => !expected.Contains(s)).OrderBy(s => s.Item1).Select(s => Describe(text, s)).ToArray(),
        };
    }

    private static string Describe(string text, (int Start, int End) span) => $"{span.Start}-{span.End} \"{text[span.Start..span.End]}\"";
}
