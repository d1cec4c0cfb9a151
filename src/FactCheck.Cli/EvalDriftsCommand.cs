using System.CommandLine;
using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Rules;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck eval-drifts DIR [--articles DIR]</c>: recall of drifted names per kind over a drift-set folder, the
/// misses, and the name-mismatch false alarms on the untouched articles (see <see cref="DriftEvaluation"/>).
/// </summary>
public sealed class EvalDriftsCommand
{
    private readonly Argument<string> _directory = new("directory")
    {
        Description = "A drift-set folder: cases.jsonl ({\"case\",\"kind\",\"original\",\"replacement\",\"offset\"}) and cases/<case>.txt.",
    };

    private readonly Option<string?> _articles = new("--articles")
    {
        Description = "The untouched articles, for false alarms (default: an 'articles' folder beside DIR, when there is one).",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "List every missed case, every false alarm, and the pairs of different surnames in one untouched article that the similarity calls alike.",
    };

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public EvalDriftsCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    public Command Create()
    {
        var command = new Command("eval-drifts", "Measure name-drift detection (recall per kind, false alarms) over a drift-set folder.")
        {
            _directory, _articles, _verbose,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(_directory)!, parseResult.GetValue(_articles), parseResult.GetValue(_verbose), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string directory, string? articles, bool verbose, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(directory, _console.WorkingDirectory);
        if (!Directory.Exists(path))
        {
            await _console.Error.WriteLineAsync($"factcheck: {directory}: no such directory").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var articlesPath = articles is null ? DefaultArticles(path) : Path.GetFullPath(articles, _console.WorkingDirectory);
        if (articlesPath is not null && !Directory.Exists(articlesPath))
        {
            await _console.Error.WriteLineAsync($"factcheck: --articles {articles}: no such directory").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        try
        {
            var checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(_services.CreateRules()));
            var report = await DriftEvaluation.EvaluateAsync(path, articlesPath, checker, cancellationToken).ConfigureAwait(false);
            var output = _console.Out;
            await output.WriteLineAsync("kind          caught  total  recall").ConfigureAwait(false);
            foreach (var kind in report.Kinds)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{kind.Kind,-12}  {kind.Caught,6}  {kind.Total,5}  {kind.Recall,6:F2}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"untouched articles {report.UntouchedArticles}: name-mismatch {report.FalseAlarms.Count}, unintroduced-name {report.UntouchedInfos}; name-mismatch away from the drift in cases: {report.StrayFlags}")).ConfigureAwait(false);
            if (verbose)
            {
                foreach (var line in report.Missed.Select(m => $"missed  {m}").Concat(report.FalseAlarms.Select(f => $"false   {f}")).Concat(report.SimilarPairs.Select(p => $"similar {p}")))
                {
                    await output.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            return ExitCodes.Clean;
        }
        catch (Exception exception) when (exception is DocumentInputException or IOException or UnauthorizedAccessException)
        {
            await _console.Error.WriteLineAsync($"factcheck: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
    }

    private static string? DefaultArticles(string drifts)
    {
        var sibling = Path.Combine(Path.GetDirectoryName(drifts.TrimEnd(Path.DirectorySeparatorChar)) ?? drifts, "articles");
        return Directory.Exists(sibling) ? sibling : null;
    }
}
