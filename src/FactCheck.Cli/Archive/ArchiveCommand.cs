using System.CommandLine;
using FactCheck.Core.Archive;
using FactCheck.Core.Names;
using FactCheck.Core.Reports;
using Newtonsoft.Json;

namespace FactCheck.Cli.Archive;

/// <summary>
/// <c>factcheck archive import PATH...</c> builds or extends the newsroom archive from published articles;
/// <c>factcheck archive show NAME</c> prints what it holds about a person.
/// </summary>
public sealed class ArchiveCommand
{
    private readonly CliConsole _console;
    private readonly CliServices _services;

    public ArchiveCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    private static Option<string?> ArchiveOption(string description) => new("--archive")
    {
        Description = description,
        HelpName = "file",
    };

    public Command Create()
    {
        var command = new Command("archive", "The newsroom archive: how published articles write people and their offices.");
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateShow());
        return command;
    }

    private Command CreateImport()
    {
        var paths = new Argument<string[]>("path") { Description = "Published articles: files or directories (recursively), .txt .md .html .docx.", Arity = ArgumentArity.OneOrMore };
        var archive = ArchiveOption("The archive to write (created when missing); default FactCheck__Archive__Path, else archive.db in the user's data folder.");
        var manifest = new Option<string?>("--manifest") { Description = "Dates and titles: one line per article, PATH<TAB>YYYY-MM-DD[<TAB>TITLE], PATH relative to the imported folder.", HelpName = "file" };
        var config = new Option<string?>("--config", "-c") { Description = "Use this factcheck.yaml instead of the nearest one found upward from each article.", HelpName = "file" };
        var command = new Command("import", "Record the people, spellings and offices of published articles in the archive (re-importing an article replaces it).")
        {
            paths, archive, manifest, config,
        };
        command.SetAction((parseResult, cancellationToken) => new ArchiveImportRunner(_console, _services).RunAsync(new ArchiveImportOptions
        {
            Paths = parseResult.GetValue(paths) ?? [],
            ArchivePath = parseResult.GetValue(archive),
            ManifestPath = parseResult.GetValue(manifest),
            ConfigPath = parseResult.GetValue(config),
        }, cancellationToken));
        return command;
    }

    private Command CreateShow()
    {
        var name = new Argument<string>("name") { Description = "A person's name or surname, as written in articles." };
        var archive = ArchiveOption("The archive to read; default FactCheck__Archive__Path, else archive.db in the user's data folder.");
        string[] formats = [ReportFormat.Text.Name, ReportFormat.Json.Name];
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {formats[0]} (default) or {formats[1]}.",
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => ReportFormat.Text.Name,
        };
        format.AcceptOnlyFromAmong(formats);
        var command = new Command("show", "Print the archive's record of a person: spellings with counts and dates, offices and affiliations with dates.") { name, archive, format };
        command.SetAction((parseResult, cancellationToken) =>
            ShowAsync(parseResult.GetValue(name)!, parseResult.GetValue(archive), parseResult.GetValue(format) == ReportFormat.Json.Name, cancellationToken));
        return command;
    }

    private async Task<int> ShowAsync(string name, string? archivePath, bool json, CancellationToken cancellationToken)
    {
        var keys = NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ArchiveLookup lookup;
        try
        {
            var (path, _) = ArchiveLocation.Resolve(archivePath, _services.GetSetting, _console.WorkingDirectory);
            using var archive = SqlitePeopleArchive.Open(path, readOnly: true, displayPath: archivePath ?? path);
            // A full name is looked up exactly and under its surname (as a check does), never under its first name:
            // a capped first-name lookup could leave the very person out.
            var query = keys.Length > 1
                ? new ArchiveQuery([keys[^1]], []) { PersonKeys = [string.Join(' ', keys)] }
                : new ArchiveQuery(keys, []);
            lookup = await archive.LookupAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (ArchiveFileException exception)
        {
            await _console.Error.WriteLineAsync($"factcheck: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var people = PeopleJson.PeopleNamed(lookup, keys);
        if (json)
        {
            await _console.Out.WriteLineAsync(PeopleJson.Write(name, lookup, people).ToString(Formatting.Indented)).ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        if (people.Count == 0)
        {
            await _console.Out.WriteLineAsync($"The archive has no one named '{name}'.").ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        // Offices and affiliations in the order they were first seen: a career reads forwards.
        foreach (var person in people)
        {
            await _console.Out.WriteLineAsync(person.Key).ConfigureAwait(false);
            foreach (var s in person.OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Display, StringComparer.Ordinal))
            {
                await _console.Out.WriteLineAsync($"  spelling {s.Display}: {Dates(s.ArticleCount, s.FirstSeen, s.LastSeen)}").ConfigureAwait(false);
            }

            foreach (var o in lookup.Offices.Where(o => o.PersonKey == person.Key).OrderBy(o => o.FirstSeen))
            {
                await _console.Out.WriteLineAsync($"  office {o.OfficeDisplay}: {Dates(o.ArticleCount, o.FirstSeen, o.LastSeen)}").ConfigureAwait(false);
            }

            foreach (var a in lookup.Affiliations.Where(a => a.PersonKey == person.Key).OrderBy(a => a.FirstSeen))
            {
                await _console.Out.WriteLineAsync($"  affiliation {a.Display}: {Dates(a.ArticleCount, a.FirstSeen, a.LastSeen)}").ConfigureAwait(false);
            }
        }

        return ExitCodes.Clean;
    }

    private static string Dates(int articles, DateOnly first, DateOnly last) =>
        $"{articles} articles, {ArchiveImportRunner.Day(first)} to {ArchiveImportRunner.Day(last)}";
}
