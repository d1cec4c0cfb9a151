using System.CommandLine;

namespace FactCheck.Cli.Archive;

/// <summary>
/// <c>factcheck eval-archive DIR</c> (a development measurement): imports every article of DIR into a temporary
/// archive, then checks each against the others (its own id excluded from the lookups) and lists every archive flag,
/// so a change to the archive rules can be judged on what it adds over a real desk's articles.
/// </summary>
public sealed class EvalArchiveCommand
{
    private readonly Argument<string> _directory = new("directory") { Description = "A folder of articles (.txt .md .html .docx), walked recursively." };

    private readonly Option<string?> _manifest = new("--manifest") { Description = "Dates and titles as for 'archive import' (PATH<TAB>YYYY-MM-DD[<TAB>TITLE]).", HelpName = "file" };

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public EvalArchiveCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    public Command Create()
    {
        var command = new Command("eval-archive", "Import a folder into a temporary archive, check each article against the others and list the archive flags.")
        {
            _directory, _manifest,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(_directory)!, parseResult.GetValue(_manifest), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string directory, string? manifestPath, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory, _console.WorkingDirectory);
        if (!Directory.Exists(root))
        {
            await _console.Error.WriteLineAsync($"factcheck: {directory}: no such directory").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var folder = Directory.CreateTempSubdirectory("factcheck-eval-archive-");
        try
        {
            using var archive = SqlitePeopleArchive.Open(Path.Combine(folder.FullName, "archive.db"), create: true);
            var options = new ArchiveImportOptions { Paths = [root], ManifestPath = manifestPath };
            var (summary, error) = await new ArchiveImportRunner(_console, _services).ImportAsync(options, archive, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                await _console.Error.WriteLineAsync($"factcheck: {error}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var manifest = manifestPath is null ? null : ImportManifest.Load(Path.GetFullPath(manifestPath, _console.WorkingDirectory), manifestPath);
            var composition = CheckComposition.Build(new CheckOptions(), _services, archive);
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var checkedArticles = 0;
            foreach (var input in InputCollector.Collect([root], root).Where(i => i.FullPath is not null))
            {
                var id = ArchiveImportRunner.IdOf(input.FullPath!, root);
                var content = await CheckRunner.ReadFileAsync(input.FullPath!, composition.ReaderOptions.MaxBytes, cancellationToken).ConfigureAwait(false);
                var document = _services.ReadDocument(id, content, composition.ReaderOptions);
                var date = manifest is not null && manifest.TryGetValue(id, out var entry) ? entry.Date
                    : document.MetadataDate ?? DateOnly.FromDateTime(File.GetLastWriteTimeUtc(input.FullPath!));
                var settings = composition.SettingsFor(input.FullPath) with { ArticleId = id, ArticleDate = date };
                var report = await composition.Checker.CheckAsync(document, settings, cancellationToken).ConfigureAwait(false);
                checkedArticles++;
                foreach (var flag in report.Flags.Where(f => f.Rule.StartsWith("archive-", StringComparison.Ordinal)))
                {
                    counts[flag.Rule] = counts.GetValueOrDefault(flag.Rule) + 1;
                    await _console.Out.WriteLineAsync($"{id}:{flag.Location.Line}: {flag.Rule}: {flag.Message}").ConfigureAwait(false);
                }

                foreach (var flag in report.Flags.Where(f => f.Rule == "unintroduced-name" && f.Archive is not null))
                {
                    counts["unintroduced-name (with archive)"] = counts.GetValueOrDefault("unintroduced-name (with archive)") + 1;
                    await _console.Out.WriteLineAsync($"{id}:{flag.Location.Line}: {flag.Rule}: {flag.Message}").ConfigureAwait(false);
                }
            }

            await _console.Out.WriteLineAsync($"articles {checkedArticles} (imported {summary!.Articles}: {summary.People} people, {summary.Offices} offices); "
                + (counts.Count == 0 ? "no archive flags" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")))).ConfigureAwait(false);
            return ExitCodes.Clean;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
