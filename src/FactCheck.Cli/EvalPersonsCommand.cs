using System.CommandLine;
using System.Globalization;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Evaluation;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck eval-persons DIR</c>: person-mention precision, recall and F1 of the recognizer against a gold
/// directory (<c>persons.jsonl</c> + one <c>&lt;id&gt;.txt</c> per article), exact span match, per article and pooled.
/// </summary>
public sealed class EvalPersonsCommand
{
    private readonly Argument<string> _directory = new("directory")
    {
        Description = "A gold directory: persons.jsonl ({\"id\",\"persons\":[{\"start\",\"end\"}]}, UTF-16 offsets) and <id>.txt files.",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "List every missed and every spurious span.",
    };

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public EvalPersonsCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    public Command Create()
    {
        var command = new Command("eval-persons", "Measure person recognition (precision/recall/F1) against a gold directory.")
        {
            _directory, _verbose,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(_directory)!, parseResult.GetValue(_verbose), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string directory, bool verbose, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(directory, _console.WorkingDirectory);
        if (!Directory.Exists(path))
        {
            await _console.Error.WriteLineAsync($"factcheck: {directory}: no such directory").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        try
        {
            var recognizer = new LocalEntityRecognizer();
            var (total, articles) = await PersonEvaluation.EvaluateAsync(path, recognizer, cancellationToken).ConfigureAwait(false);
            var output = _console.Out;
            await output.WriteLineAsync("article  precision  recall     f1   tp   fp   fn").ConfigureAwait(false);
            foreach (var score in articles.Append(total))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{score.Id,-7}  {score.Precision,9:F3}  {score.Recall,6:F3}  {score.F1,5:F3}  {score.TruePositives,3}  {score.FalsePositives,3}  {score.FalseNegatives,3}")).ConfigureAwait(false);
                if (verbose && score != total)
                {
                    foreach (var missed in score.Missed)
                    {
                        await output.WriteLineAsync($"         missed   {missed}").ConfigureAwait(false);
                    }

                    foreach (var spurious in score.Spurious)
                    {
                        await output.WriteLineAsync($"         spurious {spurious}").ConfigureAwait(false);
                    }
                }
            }

            return ExitCodes.Clean;
        }
        catch (Exception exception) when (exception is DocumentInputException or IOException or FormatException or InvalidCastException or ArgumentException)
        {
            await _console.Error.WriteLineAsync($"factcheck: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
    }
}
