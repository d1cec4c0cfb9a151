using FactCheck.Azure.Language;
using FactCheck.Azure.Profiles;
using FactCheck.Cli.Archive;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;
using FactCheck.Core.Reports;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>
/// Runs <c>factcheck check</c> once options are parsed: collects inputs, reads and checks each one (a bad file is
/// reported and the rest still checked), writes the report and decides the exit code.
/// </summary>
public sealed class CheckRunner
{
    /// <summary>Below this many inputs a progress bar is more noise than help.</summary>
    private const int ProgressThreshold = 5;

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public CheckRunner(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    public async Task<int> RunAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ConfigPath is not null)
        {
            options = options with { ConfigPath = Path.GetFullPath(options.ConfigPath, _console.WorkingDirectory) };
        }

        SqlitePeopleArchive? archive;
        try
        {
            archive = OpenArchive(options);
        }
        catch (ArchiveFileException exception)
        {
            await _console.Error.WriteLineAsync($"factcheck: {OneLine(exception.Message)}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        using var ownedArchive = archive;
        CheckComposition composition;
        try
        {
            composition = CheckComposition.Build(options, _services, archive);
        }
        catch (Exception exception) when (exception is ConfigurationException or RecognizerConfigurationException or CheckProfileException)
        {
            await _console.Error.WriteLineAsync($"factcheck: {OneLine(exception.Message)}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var inputs = InputCollector.Collect(options.Paths, _console.WorkingDirectory);
        var outcomes = new List<CheckOutcome>(inputs.Count);

        if (_console.IsErrorTerminal && inputs.Count > ProgressThreshold)
        {
            var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_console.Error) });
            await progressConsole.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("Checking", maxValue: inputs.Count);
                foreach (var input in inputs)
                {
                    outcomes.Add(await CheckOneAsync(input, options, composition, cancellationToken).ConfigureAwait(false));
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
        }
        else
        {
            foreach (var input in inputs)
            {
                outcomes.Add(await CheckOneAsync(input, options, composition, cancellationToken).ConfigureAwait(false));
            }
        }

        var fixFailed = false;
        if (options.Fix)
        {
            var fixes = await new SuggestionApplier(_console).ApplyAsync(outcomes, options.DryRun, cancellationToken).ConfigureAwait(false);
            fixFailed = fixes.Failed;
            if (options.DryRun)
            {
                await _console.Out.WriteAsync(fixes.Diff).ConfigureAwait(false);
                await _console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // What the report shows is the file as it now is: the flags the fixes left, at their new places.
                for (var i = 0; i < outcomes.Count; i++)
                {
                    if (fixes.Written.Contains(outcomes[i].Input))
                    {
                        outcomes[i] = await CheckOneAsync(outcomes[i].Input, options, composition, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        foreach (var outcome in outcomes.Where(o => o.Report.Error is not null))
        {
            await _console.Error.WriteLineAsync($"factcheck: {outcome.Report.Path}: {outcome.Report.Error}").ConfigureAwait(false);
        }

        if (!options.Format.ListsUncheckedFiles)
        {
            foreach (var file in outcomes.Select(o => o.Report).Where(f => f.Error is null))
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    await _console.Error.WriteLineAsync($"factcheck: {file.Path}: {diagnostic.Severity.ToLowerInvariant()} recognizer: {OneLine(diagnostic.Message)} ({diagnostic.Code})").ConfigureAwait(false);
                }
            }
        }

        var report = new Report(outcomes.Select(o => o.Report).ToArray());

        // A dry run's standard output is the diff; its report goes only where --output says.
        if ((!options.DryRun || options.OutputPath is not null) && !await WriteReportAsync(report, outcomes, options, composition).ConfigureAwait(false))
        {
            return ExitCodes.InputError;
        }

        if (outcomes.Any(o => o.InternalError))
        {
            return ExitCodes.InternalError;
        }

        if (fixFailed || outcomes.Any(o => o.Report.Error is not null))
        {
            return ExitCodes.InputError;
        }

        return options.FailOn is { } threshold && report.Files.Any(f => f.HasFlagsAtOrAbove(threshold))
            ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    /// <summary>The archive a check reads, if any: a named one must exist; the default one is used only when it does
    /// (a check never creates an archive, and never writes to one).</summary>
    private SqlitePeopleArchive? OpenArchive(CheckOptions options)
    {
        if (options.NoArchive)
        {
            return null;
        }

        var (path, named) = ArchiveLocation.Resolve(options.ArchivePath, _services.GetSetting, _console.WorkingDirectory);
        if (!named && !File.Exists(path))
        {
            return null;
        }

        return SqlitePeopleArchive.Open(path, readOnly: true, displayPath: options.ArchivePath ?? path);
    }

    private async Task<CheckOutcome> CheckOneAsync(
        CheckInput input, CheckOptions options, CheckComposition composition, CancellationToken cancellationToken)
    {
        if (input.Error is not null)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, input.Error));
        }

        try
        {
            var content = input.IsStdin
                ? await ReadStdinAsync(composition.ReaderOptions.MaxBytes, cancellationToken).ConfigureAwait(false)
                : await ReadFileAsync(input.FullPath!, composition.ReaderOptions.MaxBytes, cancellationToken).ConfigureAwait(false);
            var readerOptions = input.IsStdin ? composition.ReaderOptions with { Format = options.StdinFormat } : composition.ReaderOptions;
            var document = _services.ReadDocument(input.DisplayPath, content, readerOptions);
            var settings = input.IsStdin ? composition.Settings : composition.SettingsFor(input.FullPath) with { ArticleId = input.FullPath };
            var report = await composition.Checker.CheckAsync(document, settings, cancellationToken).ConfigureAwait(false);

            // The source bytes are kept only for what reads the source again: rdjson's byte columns and --fix.
            var keepSource = options.Fix || options.Format == ReportFormat.Rdjson;
            return new CheckOutcome(input, report with { Path = input.DisplayPath })
            {
                Content = keepSource ? content : null,
                Format = document.Format,
            };
        }
        catch (DocumentTooLargeException exception)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, WithoutName(exception.WithAdvice(RaiseTheLimit), input.DisplayPath)));
        }
        catch (DocumentInputException exception)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, WithoutName(exception.Message, input.DisplayPath)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, $"cannot read the file: {OneLine(exception.Message)}"));
        }
        catch (ArchiveFileException exception)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, OneLine(exception.Message)));
        }
        catch (ConfigurationException exception)
        {
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, OneLine(exception.Message)));
        }
        catch (LanguageServiceException exception)
        {
            // The service refused or stayed unreachable after retries: an environment problem, not a bug (exit 2).
            // Only an outage is helped by the local recognizer; a refused key or endpoint would be hidden by it.
            var advice = exception.IsTransient && composition.Profile.Recognizer.Fallback is null or "none" ? " Or run with --fallback local." : "";
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, $"Azure AI Language: {OneLine(exception.Message)}{advice}"));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug, not bad input: name it on one line, keep checking the other files, exit 3.
            return new CheckOutcome(input, FileReport.Failed(input.DisplayPath, $"internal error: {exception.GetType().Name}: {OneLine(exception.Message)}")) { InternalError = true };
        }
    }

    internal static async Task<byte[]> ReadFileAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        // Before opening: opening a FIFO for reading blocks until something writes to it, and a device never ends.
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
        {
            throw new DocumentInputException(NotRegular(path, kind));
        }

        // Refuse before reading: a stray multi-gigabyte file must not be loaded just to be rejected. A symbolic
        // link's own length is that of the path it holds, so the target's is the one that counts.
        var file = new FileInfo(path);
        var length = (file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file).Length;
        if (length > maxBytes)
        {
            throw new DocumentInputException(TooLarge(length, maxBytes));
        }

        // The length above is only what the file system said a moment ago (a file still being written grows), so
        // the read itself is bounded too.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await BoundedRead.ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new DocumentInputException($"the file is over the {maxBytes:N0}-byte limit; split it or raise --max-size.");
    }

    private async Task<byte[]> ReadStdinAsync(long maxBytes, CancellationToken cancellationToken)
    {
        if (_console.Input is null)
        {
            return [];
        }

        return await BoundedRead.ReadAsync(_console.Input, maxBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new DocumentInputException($"standard input is over the {maxBytes:N0}-byte limit; split it or raise --max-size.");
    }

    private async Task<bool> WriteReportAsync(Report report, IReadOnlyList<CheckOutcome> outcomes, CheckOptions options, CheckComposition composition)
    {
        var toTerminal = options.OutputPath is null && _console.IsOutputTerminal;
        var sources = outcomes.Where(o => o.Content is not null).ToDictionary(o => o.Report.Path, StringComparer.Ordinal);
        var text = options.Format.Write(report, new ReportWriteOptions
        {
            Color = options.Format == ReportFormat.Text && toTerminal && !_console.NoColor,
            Rules = composition.Descriptors,
            SourceOf = path => sources.TryGetValue(path, out var outcome) ? outcome.Source() : null,
        });

        if (options.OutputPath is null)
        {
            await _console.Out.WriteAsync(text).ConfigureAwait(false);
            await _console.Out.FlushAsync().ConfigureAwait(false);
            return true;
        }

        var outputPath = Path.GetFullPath(options.OutputPath, _console.WorkingDirectory);
        try
        {
            await File.WriteAllTextAsync(outputPath, text).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await _console.Error.WriteLineAsync($"factcheck: cannot write the report to {options.OutputPath}: {OneLine(exception.Message)}").ConfigureAwait(false);
            return false;
        }
    }

    private static string NotRegular(string path, FileKind kind)
    {
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        var what = target is null ? $"is {FileKinds.Describe(kind)}" : $"is a symbolic link to {target}, {FileKinds.Describe(kind)}";
        return $"{what}, not a regular file; factcheck reads regular files only (save the text to a file, or pipe it in with 'factcheck check -').";
    }

    private static string TooLarge(long length, long maxBytes) =>
        $"the file is {length:N0} bytes, over the {maxBytes:N0}-byte limit; split it or {RaiseTheLimit}.";

    /// <summary>How a CLI user raises the draft limit, for "split it or …".</summary>
    private const string RaiseTheLimit = "raise --max-size";

    /// <summary>Reader messages start with the document name; the report already shows the path beside them.</summary>
    private static string WithoutName(string message, string name) =>
        OneLine(message.StartsWith(name + ": ", StringComparison.Ordinal) ? message[(name.Length + 2)..] : message);

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
