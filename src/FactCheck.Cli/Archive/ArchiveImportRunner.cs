using System.Globalization;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Archive;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;

namespace FactCheck.Cli.Archive;

/// <summary>The parsed options of <c>factcheck archive import</c>.</summary>
public sealed record ArchiveImportOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public string? ArchivePath { get; init; }

    public string? ManifestPath { get; init; }

    public string? ConfigPath { get; init; }
}

/// <summary>
/// <c>factcheck archive import</c>: runs every published article through the same check as <c>factcheck check</c> and
/// records what it says of its people, one transaction per article (a file that cannot be read is named and skipped,
/// the others are still imported, exit 2).
/// </summary>
public sealed class ArchiveImportRunner
{
    private readonly CliConsole _console;
    private readonly CliServices _services;

    public ArchiveImportRunner(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    /// <summary>What an import recorded.</summary>
    public sealed record Summary(int Articles, int People, int Offices, int Failed);

    public async Task<int> RunAsync(ArchiveImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (summary, error) = await ImportAsync(options, null, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            await _console.Error.WriteLineAsync($"factcheck: {error}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        await _console.Out.WriteLineAsync($"Imported {summary!.Articles} articles: {summary.People} people, {summary.Offices} offices recorded.").ConfigureAwait(false);
        return summary.Failed > 0 ? ExitCodes.InputError : ExitCodes.Clean;
    }

    /// <summary>Imports into <paramref name="archive"/> when given (eval-archive), else into the resolved archive file.</summary>
    internal async Task<(Summary? Summary, string? Error)> ImportAsync(ArchiveImportOptions options, SqlitePeopleArchive? archive, CancellationToken cancellationToken)
    {
        var working = _console.WorkingDirectory;
        IReadOnlyDictionary<string, ManifestEntry> manifest;
        CheckComposition composition;
        try
        {
            manifest = options.ManifestPath is null
                ? new Dictionary<string, ManifestEntry>()
                : ImportManifest.Load(Path.GetFullPath(options.ManifestPath, working), options.ManifestPath);
            var configPath = options.ConfigPath is null ? null : Path.GetFullPath(options.ConfigPath, working);
            composition = CheckComposition.Build(new CheckOptions { ConfigPath = configPath }, _services);
        }
        catch (Exception exception) when (exception is ArchiveFileException or ConfigurationException or CheckProfileException or Azure.Language.RecognizerConfigurationException)
        {
            return (null, CheckRunner.OneLine(exception.Message));
        }

        var owned = archive is null;
        try
        {
            var (archivePath, _) = ArchiveLocation.Resolve(options.ArchivePath, _services.GetSetting, working);
            if (options.ArchivePath is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(archivePath)!);
            }

            archive ??= SqlitePeopleArchive.Open(archivePath, create: true, busyTimeout: _services.ArchiveBusyTimeout, displayPath: options.ArchivePath ?? archivePath);
        }
        catch (ArchiveFileException exception)
        {
            return (null, exception.Message);
        }

        try
        {
            int articles = 0, people = 0, offices = 0, failed = 0;
            foreach (var path in options.Paths)
            {
                var full = Path.GetFullPath(path, working);
                var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
                foreach (var input in InputCollector.Collect([path], working))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (article, error) = await ReadAsync(input, root, manifest, composition, cancellationToken).ConfigureAwait(false);
                    if (error is not null)
                    {
                        failed++;
                        await _console.Error.WriteLineAsync($"factcheck: {input.DisplayPath}: {error} (not imported)").ConfigureAwait(false);
                        continue;
                    }

                    // An archive that cannot be written (read-only, locked) fails every article alike: stop at the first.
                    await archive.RecordAsync(article!, cancellationToken).ConfigureAwait(false);
                    articles++;
                    people += article!.People.Count;
                    offices += article.People.Sum(p => p.Offices.Count);
                }
            }

            return (new Summary(articles, people, offices, failed), null);
        }
        catch (ArchiveFileException exception)
        {
            return (null, exception.Message);
        }
        finally
        {
            if (owned)
            {
                archive.Dispose();
            }
        }
    }

    /// <summary>The article id: the path under the import root, with '/' on every system.</summary>
    internal static string IdOf(string fullPath, string root) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private async Task<(ArchivedArticle? Article, string? Error)> ReadAsync(
        CheckInput input, string root, IReadOnlyDictionary<string, ManifestEntry> manifest, CheckComposition composition, CancellationToken cancellationToken)
    {
        if (input.Error is not null || input.FullPath is null)
        {
            return (null, input.Error ?? "standard input cannot be imported; save it to a file.");
        }

        try
        {
            var content = await CheckRunner.ReadFileAsync(input.FullPath, composition.ReaderOptions.MaxBytes, cancellationToken).ConfigureAwait(false);
            var document = _services.ReadDocument(input.DisplayPath, content, composition.ReaderOptions);
            var id = IdOf(input.FullPath, root);
            manifest.TryGetValue(id, out var entry);
            var date = entry?.Date ?? document.MetadataDate ?? DateOnly.FromDateTime(File.GetLastWriteTimeUtc(input.FullPath));
            var settings = composition.SettingsFor(input.FullPath) with { ArticleId = id, ArticleDate = date };
            var report = await composition.Checker.CheckAsync(document, settings, cancellationToken).ConfigureAwait(false);
            var article = report.Archived ?? new ArchivedArticle(id, date, []);
            return (article with { Id = id, Date = date, Title = entry?.Title ?? Path.GetFileNameWithoutExtension(input.FullPath) }, null);
        }
        catch (DocumentInputException exception)
        {
            return (null, CheckRunner.OneLine(exception.Message.StartsWith(input.DisplayPath + ": ", StringComparison.Ordinal) ? exception.Message[(input.DisplayPath.Length + 2)..] : exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read the file: {CheckRunner.OneLine(exception.Message)}");
        }
        catch (ConfigurationException exception)
        {
            return (null, CheckRunner.OneLine(exception.Message));
        }
    }

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
