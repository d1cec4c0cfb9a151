using System.Globalization;
using System.Text;
using FactCheck.Core.Fixes;
using SourceFormat = FactCheck.Core.Documents.DocumentFormat;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck check --fix</c>: applies the suggestions of the checked .txt, .md and .html drafts (see
/// <see cref="SuggestionFixer"/>), or with <c>--dry-run</c> collects them as one unified diff. A file that could not be
/// checked is never touched; a .docx is refused. What was done and what was left goes to standard error, one line each.
/// </summary>
public sealed class SuggestionApplier
{
    private readonly CliConsole _console;

    public SuggestionApplier(CliConsole console)
    {
        _console = console;
    }

    public async Task<FixResult> ApplyAsync(IReadOnlyList<CheckOutcome> outcomes, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var diff = new StringBuilder();
        var written = new HashSet<CheckInput>();
        var failed = false;
        foreach (var outcome in outcomes.Where(o => o.Report.Error is null))
        {
            var path = outcome.Report.Path;
            if (outcome.Format == SourceFormat.Docx)
            {
                await ErrorAsync($"{path}: --fix edits .txt, .md and .html drafts only, not .docx; apply the suggestions in Word (the report lists them).").ConfigureAwait(false);
                failed = true;
                continue;
            }

            var source = outcome.Source();
            if (source is null || !outcome.Report.Flags.Any(f => f.Suggestion is not null))
            {
                continue;
            }

            var plan = SuggestionFixer.Plan(outcome.Report, source);
            foreach (var skipped in plan.Skipped)
            {
                var location = skipped.Flag.Location;
                await ErrorAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{path}:{location.Line}:{location.Column}: {skipped.Flag.Rule}: \"{location.Text}\" -> \"{skipped.Flag.Suggestion}\" not applied: {skipped.Reason}.")).ConfigureAwait(false);
            }

            if (!plan.HasChanges)
            {
                continue;
            }

            if (dryRun)
            {
                diff.Append(UnifiedDiff.Write(plan));
                await ErrorAsync($"{path}: would fix {Flags(plan.FixedFlags)}.").ConfigureAwait(false);
                continue;
            }

            try
            {
                if (await AtomicFile.ReplaceAsync(outcome.Input.FullPath!, source.Bytes, plan.FixedBytes, cancellationToken).ConfigureAwait(false))
                {
                    written.Add(outcome.Input);
                    await ErrorAsync($"{path}: fixed {Flags(plan.FixedFlags)}.").ConfigureAwait(false);
                }
                else
                {
                    await ErrorAsync($"{path}: changed while it was being checked; not fixed, run factcheck again.").ConfigureAwait(false);
                    failed = true;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await ErrorAsync($"{path}: cannot write the fixes ({exception.Message.ReplaceLineEndings(" ")}); the file is unchanged.").ConfigureAwait(false);
                failed = true;
            }
        }

        return new FixResult(diff.ToString(), written, failed);
    }

    private Task ErrorAsync(string line) => _console.Error.WriteLineAsync("factcheck: " + line);

    private static string Flags(int count) => count == 1 ? "1 flag" : $"{count.ToString(CultureInfo.InvariantCulture)} flags";
}

/// <summary>What <c>--fix</c> did: the diff of a dry run, the inputs rewritten, and whether something could not be fixed as asked.</summary>
public sealed record FixResult(string Diff, IReadOnlySet<CheckInput> Written, bool Failed);
