using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Names;
using FactCheck.Core.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Evaluation;

/// <summary>How many drift cases of one kind (or position) were caught.</summary>
public sealed record DriftKindScore(string Kind, int Caught, int Total)
{
    public double Recall => Total == 0 ? 1 : (double)Caught / Total;
}

/// <summary>A drift case: one name in an article replaced, at <see cref="Offset"/> (UTF-16) in the case's text.</summary>
public sealed record DriftCase(string Id, string Kind, string Original, string Replacement, int Offset)
{
    /// <summary>The position the case drifts, when the set states one ("possessive", "after-title"); else its kind.</summary>
    public string? Position { get; init; }
}

/// <summary>What a drift evaluation found: recall per kind, the misses, and the false alarms on untouched articles.</summary>
public sealed record DriftReport(IReadOnlyList<DriftKindScore> Kinds, IReadOnlyList<string> Missed, int UntouchedArticles, IReadOnlyList<string> FalseAlarms)
{
    /// <summary>Name-mismatch flags in the cases away from the drifted word.</summary>
    public int StrayFlags { get; init; }

    /// <summary>Unintroduced-name infos on the untouched articles.</summary>
    public int UntouchedInfos { get; init; }

    /// <summary>
    /// Pairs of different surnames of recognized people in one untouched article that the similarity calls alike,
    /// with whether each was introduced by full name: the pairs a too-loose similarity would turn into false alarms.
    /// </summary>
    public IReadOnlyList<string> SimilarPairs { get; init; } = [];
}

/// <summary>
/// Measures drift detection over a folder in the drift-set format: <c>cases.jsonl</c> (one case a line:
/// <c>case</c>, <c>kind</c>, <c>original</c>, <c>replacement</c>, <c>offset</c>, optional <c>position</c>) beside
/// <c>cases/&lt;case&gt;.txt</c>, and optionally a folder of the untouched articles, whose name-mismatch flags are false
/// alarms. A case is caught when a flag of an accepted rule starts within two UTF-16 units of the replaced word: a
/// different similar surname must be a name-mismatch; a one-letter slip may also be a spelling variant; an unrelated
/// surname may also be reported as never introduced.
/// </summary>
public static class DriftEvaluation
{
    private const int Tolerance = 2;

    public static async Task<DriftReport> EvaluateAsync(string directory, string? articlesDirectory, DocumentChecker checker, CancellationToken cancellationToken = default)
    {
        var cases = await ReadCasesAsync(directory, cancellationToken).ConfigureAwait(false);
        var caught = new Dictionary<string, (int Caught, int Total)>(StringComparer.Ordinal);
        var missed = new List<string>();
        var stray = 0;
        foreach (var drift in cases)
        {
            var report = await CheckFileAsync(Path.Combine(directory, "cases", drift.Id + ".txt"), checker, cancellationToken).ConfigureAwait(false);
            var accepted = AcceptedRules(drift.Kind);
            var hit = report.Flags.Any(f => accepted.Contains(f.Rule) && Math.Abs(f.Location.Offset - drift.Offset) <= Tolerance);
            stray += report.Flags.Count(f => f.Rule == "name-mismatch" && Math.Abs(f.Location.Offset - drift.Offset) > Tolerance);
            foreach (var key in new[] { drift.Kind, drift.Position }.Where(k => k is not null).Distinct())
            {
                var (c, t) = caught.GetValueOrDefault(key!);
                caught[key!] = (c + (hit ? 1 : 0), t + 1);
            }

            if (!hit)
            {
                missed.Add($"{drift.Id}: {drift.Original} -> {drift.Replacement}");
            }
        }

        var falseAlarms = new List<string>();
        var untouched = 0;
        var infos = 0;
        var similar = new List<string>();
        if (articlesDirectory is not null)
        {
            foreach (var path in Directory.EnumerateFiles(articlesDirectory, "*.txt").Order(StringComparer.Ordinal))
            {
                untouched++;
                var report = await CheckFileAsync(path, checker, cancellationToken).ConfigureAwait(false);
                falseAlarms.AddRange(report.Flags.Where(f => f.Rule == "name-mismatch").Select(f => $"{Path.GetFileName(path)}:{f.Location.Line}:{f.Location.Column}: \"{f.Location.Text}\""));
                infos += report.Flags.Count(f => f.Rule == "unintroduced-name");
                similar.AddRange(SimilarSurnames(report).Select(p => $"{Path.GetFileName(path)}: {p}"));
            }
        }

        var kinds = caught.OrderBy(k => KindOrder(k.Key)).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => new DriftKindScore(k.Key, k.Value.Caught, k.Value.Total)).ToArray();
        return new DriftReport(kinds, missed, untouched, falseAlarms) { StrayFlags = stray, UntouchedInfos = infos, SimilarPairs = similar };
    }

    /// <summary>The rules that count as catching a drift of this kind.</summary>
    public static IReadOnlySet<string> AcceptedRules(string kind) => kind switch
    {
        "near" => new HashSet<string> { "name-mismatch" },
        "other" => new HashSet<string> { "name-mismatch", "name-spelling-variant", "unintroduced-name" },
        _ => new HashSet<string> { "name-mismatch", "name-spelling-variant" },
    };

    private static IEnumerable<string> SimilarSurnames(FileReport report)
    {
        var surnames = new Dictionary<string, (string Written, bool FullName)>(StringComparer.Ordinal);
        foreach (var person in report.Entities.Where(e => e.Category == Entities.EntityCategory.Person && !e.IsFormOfAddress))
        {
            var words = person.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var folded = NameFolding.Fold(words[^1]);
            var fullName = words.Length > 1;
            surnames[folded] = surnames.TryGetValue(folded, out var known) ? (known.Written, known.FullName || fullName) : (person.Text, fullName);
        }

        var keys = surnames.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            for (var j = i + 1; j < keys.Length; j++)
            {
                if (NameSimilarity.Resembles(keys[i], keys[j]) || NameSimilarity.Resembles(keys[j], keys[i]))
                {
                    var (a, b) = (surnames[keys[i]], surnames[keys[j]]);
                    yield return $"\"{a.Written}\" ~ \"{b.Written}\" ({Introduced(a.FullName)}, {Introduced(b.FullName)})";
                }
            }
        }
    }

    private static string Introduced(bool fullName) => fullName ? "introduced" : "surname only";

    private static int KindOrder(string kind) => kind switch { "near" => 0, "typo" => 1, "other" => 2, _ => 3 };

    private static async Task<FileReport> CheckFileAsync(string path, DocumentChecker checker, CancellationToken cancellationToken)
    {
        await using var content = File.OpenRead(path);
        var document = await DocumentReader.ReadAsync(path, content, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await checker.CheckAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<DriftCase>> ReadCasesAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "cases.jsonl");
        if (!File.Exists(path))
        {
            throw new DocumentInputException($"{path}: not found; eval-drifts needs a folder with cases.jsonl and cases/<case>.txt.");
        }

        var cases = new List<DriftCase>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var row = JObject.Parse(line);
                cases.Add(new DriftCase(
                    Required<string>(row, "case"), Required<string>(row, "kind"), (string?)row["original"] ?? "", (string?)row["replacement"] ?? "",
                    Required<int>(row, "offset"))
                {
                    Position = (string?)row["position"],
                });
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or FormatException or InvalidCastException or ArgumentException)
            {
                throw new DocumentInputException($"{path}:{lineNumber}: {e.Message}");
            }
        }

        return cases;
    }

    private static T Required<T>(JObject row, string field) =>
        row[field] is { } value && value.Type != JTokenType.Null
            ? value.ToObject<T>()!
            : throw new FormatException($"no \"{field}\" field; every case needs case, kind and offset.");
}
