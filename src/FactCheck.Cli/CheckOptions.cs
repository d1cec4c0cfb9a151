using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using FactCheck.Core.Rules;
using SourceFormat = FactCheck.Core.Documents.DocumentFormat;

namespace FactCheck.Cli;

/// <summary>The parsed options of one <c>factcheck check</c> run.</summary>
public sealed record CheckOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public ReportFormat Format { get; init; } = ReportFormat.Text;

    /// <summary>The lowest severity that makes the exit code 1; null (<c>--fail-on none</c>) never does.</summary>
    public Severity? FailOn { get; init; } = SeverityNames.DefaultFailOn;

    /// <summary><c>--max-size</c> in bytes; null when not given (then <c>FactCheck__MaxDraftBytes</c>, then 10 MB).</summary>
    public long? MaxBytes { get; init; }

    public DateOnly? ArticleDate { get; init; }

    /// <summary>Where the report goes; null writes it to standard output.</summary>
    public string? OutputPath { get; init; }

    /// <summary>An explicit <c>factcheck.yaml</c> (<c>--config</c>); null discovers one upward from each checked file.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>--recognizer</c>: <c>local</c> or <c>azure</c>; null when not given (then <c>FactCheck__Recognizer</c>, then local).</summary>
    public string? Recognizer { get; init; }

    /// <summary>The Azure AI Language endpoint (<c>--endpoint</c>), overriding <c>FactCheck__Language__Endpoint</c>.</summary>
    public string? Endpoint { get; init; }

    public string? ApiVersion { get; init; }

    /// <summary><c>local</c> to fall back to the local recognizer when Azure is unreachable after retries.</summary>
    public string? Fallback { get; init; }

    /// <summary>Skip the local recognition cache (every check calls the service).</summary>
    public bool NoCache { get; init; }

    /// <summary>The format of standard input (<c>-</c>), which has no file name to tell it.</summary>
    public SourceFormat StdinFormat { get; init; } = SourceFormat.PlainText;

    /// <summary><c>--fix</c>: apply the suggestions of flags that carry one to the .txt, .md and .html drafts checked.</summary>
    public bool Fix { get; init; }

    /// <summary><c>--dry-run</c> (with <c>--fix</c>): print the fixes as a unified diff and change no file.</summary>
    public bool DryRun { get; init; }

    /// <summary><c>--archive</c>: the newsroom archive to check against (read only); null uses the setting or the default file.</summary>
    public string? ArchivePath { get; init; }

    /// <summary><c>--no-archive</c>: check the draft alone, even when a default archive exists.</summary>
    public bool NoArchive { get; init; }
}
