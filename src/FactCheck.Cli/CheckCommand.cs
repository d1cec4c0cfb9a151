using System.CommandLine;
using System.CommandLine.Parsing;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using SourceFormat = FactCheck.Core.Documents.DocumentFormat;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck check PATH...</c>: the options and their parsing. Adding an option is a field here, one line in
/// <see cref="Create"/> and one in <see cref="ToOptions"/>; what it changes in checking goes in <see cref="CheckComposition"/>.
/// </summary>
public sealed class CheckCommand
{
    private readonly Argument<string[]> _paths = new("path")
    {
        Description = "Files or directories to check (directories recursively); '-' reads standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<ReportFormat> _format = new("--format", "-f")
    {
        Description = "Report format: " + string.Join("; ", ReportFormat.All.Select(f => $"{f.Name} ({f.Summary})")) + ".",
        HelpName = string.Join('|', ReportFormat.All.Select(f => f.Name)),
        CustomParser = result => Parse<ReportFormat>(result, ReportFormat.TryParse, ReportFormat.Choices),
        DefaultValueFactory = _ => ReportFormat.Text,
    };

    // A string, checked by a validator: System.CommandLine cannot hand back a null ("none") from a custom parser.
    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when a flag is at or above this severity: error, warning (default), info or none.",
        HelpName = "error|warning|info|none",
    };

    private readonly Option<long?> _maxSize = new("--max-size")
    {
        Description = "Refuse files larger than this: bytes, or with KB/MB/GB (1 MB = 1,048,576 bytes). Default FactCheck__MaxDraftBytes, else 10MB.",
        HelpName = "size",
        CustomParser = result => Parse<long?>(result, (string? text, out long? size) =>
        {
            var ok = OptionParsers.TryParseSize(text, out var parsed);
            size = ok ? parsed : null;
            return ok;
        }, "a positive size such as 500KB, 10MB or 2000000"),
    };

    private readonly Option<DateOnly?> _date = new("--date")
    {
        Description = "The article's publication date (YYYY-MM-DD), for date and weekday checks.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result => Parse<DateOnly?>(result, (string? text, out DateOnly? date) =>
        {
            var ok = OptionParsers.TryParseDate(text, out var parsed);
            date = ok ? parsed : null;
            return ok;
        }, "a date as YYYY-MM-DD"),
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "file",
    };

    private readonly Option<SourceFormat> _stdinFormat = new("--stdin-format")
    {
        Description = "Format of standard input ('-'): text (default), markdown, html or docx.",
        HelpName = "text|markdown|html|docx",
        CustomParser = result => Parse<SourceFormat>(result, OptionParsers.TryParseDocumentFormat, "text, markdown, html or docx"),
    };

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "Use this factcheck.yaml instead of the nearest one found upward from each checked file.",
        HelpName = "file",
    };

    private readonly Option<string?> _recognizer = new("--recognizer")
    {
        Description = "Entity recognizer: local (default, no network) or azure (Azure AI Language; key from FACTCHECK_LANGUAGE_KEY or Entra ID). Overrides FactCheck__Recognizer.",
        HelpName = "local|azure",
    };

    private readonly Option<string?> _endpoint = new("--endpoint")
    {
        Description = "Azure AI Language endpoint, e.g. https://NAME.cognitiveservices.azure.com (or FactCheck__Language__Endpoint).",
        HelpName = "url",
    };

    private readonly Option<string?> _apiVersion = new("--api-version")
    {
        Description = "Azure AI Language REST api-version (or FactCheck__Language__ApiVersion; default: the newest GA version FactCheck knows).",
        HelpName = "version",
    };

    private readonly Option<string?> _fallback = new("--fallback")
    {
        Description = "When Azure AI Language is unreachable after retries, use this recognizer instead: local (or FactCheck__Language__Fallback).",
        HelpName = "local",
    };

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Do not reuse cached Azure AI Language results (every check is billed).",
    };

    private readonly Option<bool> _fix = new("--fix")
    {
        Description = "Apply the suggestions of flags that carry one to the .txt, .md and .html files checked (written in place, atomically), then report what remains.",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "With --fix: print the fixes as a unified diff on standard output and change nothing.",
    };

    private readonly Option<string?> _archive = new("--archive")
    {
        Description = "Check names and offices against this newsroom archive (read only; made by 'factcheck archive import'). Default FactCheck__Archive__Path, else archive.db in the user's data folder when it exists.",
        HelpName = "file",
    };

    private readonly Option<bool> _noArchive = new("--no-archive")
    {
        Description = "Do not use the newsroom archive, even the default one.",
    };

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public CheckCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    private delegate bool TryParse<T>(string? text, out T value);

    public Command Create()
    {
        var command = new Command("check", "Check drafts for internal inconsistencies and report the flags.")
        {
            _paths, _format, _failOn, _maxSize, _date, _output, _stdinFormat, _config, _recognizer, _endpoint, _apiVersion, _fallback, _noCache, _fix, _dryRun, _archive, _noArchive,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(_noArchive) && result.GetValue(_archive) is not null)
            {
                result.AddError("--archive and --no-archive contradict each other; give one.");
            }
            else if (result.GetValue(_dryRun) && !result.GetValue(_fix))
            {
                result.AddError("--dry-run only goes with --fix (factcheck check --fix --dry-run PATH...).");
            }
            else if (result.GetValue(_fix) && !result.GetValue(_dryRun) && (result.GetValue(_paths) ?? []).Contains("-"))
            {
                result.AddError("--fix cannot write standard input back; use --fix --dry-run to see the fixes as a diff.");
            }
        });
        _failOn.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (!OptionParsers.TryParseFailOn(text, out _))
            {
                result.AddError($"--fail-on: '{text}' is not valid; expected error, warning, info or none.");
            }
        });
        _paths.Validators.Add(result =>
        {
            // Without this an unknown option would be taken for a path and reported as a missing file.
            var unknown = result.Tokens.Select(t => t.Value).FirstOrDefault(v => v.Length > 1 && v.StartsWith('-'));
            if (unknown is not null)
            {
                result.AddError($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown})");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
            new CheckRunner(_console, _services).RunAsync(ToOptions(parseResult), cancellationToken));
        return command;
    }

    public CheckOptions ToOptions(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new CheckOptions
        {
            Paths = parseResult.GetValue(_paths) ?? [],
            Format = parseResult.GetValue(_format) ?? ReportFormat.Text,
            FailOn = OptionParsers.TryParseFailOn(parseResult.GetValue(_failOn), out var threshold) ? threshold : SeverityNames.DefaultFailOn,
            MaxBytes = parseResult.GetValue(_maxSize),
            ArticleDate = parseResult.GetValue(_date),
            OutputPath = parseResult.GetValue(_output),
            StdinFormat = parseResult.GetValue(_stdinFormat),
            ConfigPath = parseResult.GetValue(_config),
            Recognizer = parseResult.GetValue(_recognizer),
            Endpoint = parseResult.GetValue(_endpoint),
            ApiVersion = parseResult.GetValue(_apiVersion),
            Fallback = parseResult.GetValue(_fallback),
            NoCache = parseResult.GetValue(_noCache),
            Fix = parseResult.GetValue(_fix),
            DryRun = parseResult.GetValue(_dryRun),
            ArchivePath = parseResult.GetValue(_archive),
            NoArchive = parseResult.GetValue(_noArchive),
        };
    }

    private static T Parse<T>(ArgumentResult result, TryParse<T> tryParse, string expected)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (tryParse(text, out var value))
        {
            return value;
        }

        var option = result.Parent is OptionResult optionResult ? optionResult.Option.Name : "value";
        result.AddError($"{option}: '{text}' is not valid; expected {expected}.");
        return default!;
    }
}
