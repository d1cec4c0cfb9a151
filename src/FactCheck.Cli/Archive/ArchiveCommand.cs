using System.CommandLine;
using FactCheck.Core.Archive;
using FactCheck.Core.Names;
using FactCheck.Core.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

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

        // A surname finds everyone who has it; a full name only those under every one of its words.
        var people = lookup.Spellings.GroupBy(s => s.PersonKey, StringComparer.Ordinal)
            .Where(g => keys.All(k => g.First().NameKeys.Contains(k, StringComparer.Ordinal)))
            .Select(g => new PersonRecord(
                g.Key,
                g.OrderByDescending(s => s.ArticleCount).Select(s => new SpellingLine(s.Display, s.ArticleCount, ArchiveImportRunner.Day(s.FirstSeen), ArchiveImportRunner.Day(s.LastSeen))).ToArray(),
                lookup.Offices.Where(o => o.PersonKey == g.Key).OrderBy(o => o.FirstSeen).Select(o => new OfficeLine(o.OfficeDisplay, o.OfficeKey, o.ArticleCount, ArchiveImportRunner.Day(o.FirstSeen), ArchiveImportRunner.Day(o.LastSeen))).ToArray(),
                lookup.Affiliations.Where(a => a.PersonKey == g.Key).OrderBy(a => a.FirstSeen).Select(a => new OfficeLine(a.Display, a.AffiliationKey, a.ArticleCount, ArchiveImportRunner.Day(a.FirstSeen), ArchiveImportRunner.Day(a.LastSeen))).ToArray()))
            .OrderByDescending(p => p.Spellings.Sum(s => s.Articles))
            .ToArray();

        if (json)
        {
            await _console.Out.WriteLineAsync(JsonConvert.SerializeObject(new { name, people }, JsonSettings)).ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        if (people.Length == 0)
        {
            await _console.Out.WriteLineAsync($"The archive has no one named '{name}'.").ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        foreach (var person in people)
        {
            await _console.Out.WriteLineAsync(person.Person).ConfigureAwait(false);
            foreach (var s in person.Spellings)
            {
                await _console.Out.WriteLineAsync($"  spelling {s.Display}: {s.Articles} articles, {s.FirstSeen} to {s.LastSeen}").ConfigureAwait(false);
            }

            foreach (var o in person.Offices)
            {
                await _console.Out.WriteLineAsync($"  office {o.Display}: {o.Articles} articles, {o.FirstSeen} to {o.LastSeen}").ConfigureAwait(false);
            }

            foreach (var a in person.Affiliations)
            {
                await _console.Out.WriteLineAsync($"  affiliation {a.Display}: {a.Articles} articles, {a.FirstSeen} to {a.LastSeen}").ConfigureAwait(false);
            }
        }

        return ExitCodes.Clean;
    }

    private static readonly JsonSerializerSettings JsonSettings = new() { Formatting = Formatting.Indented, ContractResolver = new CamelCasePropertyNamesContractResolver() };

    private sealed record PersonRecord(string Person, IReadOnlyList<SpellingLine> Spellings, IReadOnlyList<OfficeLine> Offices, IReadOnlyList<OfficeLine> Affiliations);

    private sealed record SpellingLine(string Display, int Articles, string FirstSeen, string LastSeen);

    /// <summary>An office or an affiliation of the person: as last written, its key, distinct articles, first and last dates.</summary>
    private sealed record OfficeLine(string Display, string Key, int Articles, string FirstSeen, string LastSeen);
}
