using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;

namespace FactCheck.Core.Reports;

/// <summary>The result of checking one file: its flags and entities, or the reason it could not be checked.</summary>
public sealed record FileReport(string Path)
{
    /// <summary>"local", "azure", "local (fallback)".</summary>
    public string Recognizer { get; init; } = "local";

    public IReadOnlyList<Flag> Flags { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public RecognitionUsage Usage { get; init; } = RecognitionUsage.None;

    public IReadOnlyList<RecognizerDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The one-line reason this file could not be checked (empty, binary, too large...), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The extracted plain text; kept for hosts that show flags in context, not written by the CLI.</summary>
    public string? Text { get; init; }

    private Lazy<ArchivedArticle?>? _archived;

    /// <summary>
    /// What the newsroom archive records of this article: hosts pass it to <c>IPeopleArchive.RecordAsync</c> once the
    /// check is stored. Read from the analysis when first asked, so a check nobody archives does not pay for it.
    /// </summary>
    public ArchivedArticle? Archived
    {
        get => _archived?.Value;
        init => _archived = new Lazy<ArchivedArticle?>(value);
    }

    public static FileReport Failed(string path, string error) => new(path) { Error = error };

    /// <summary>This report, its <see cref="Archived"/> observations computed by <paramref name="observe"/> when first read.</summary>
    internal FileReport ObservedBy(Func<ArchivedArticle> observe)
    {
        var report = this with { };
        report._archived = new Lazy<ArchivedArticle?>(observe, LazyThreadSafetyMode.ExecutionAndPublication);
        return report;
    }

    public int Count(Severity severity) => Flags.Count(f => f.Severity == severity);

    /// <summary>True when some flag is at or above <paramref name="threshold"/>.</summary>
    public bool HasFlagsAtOrAbove(Severity threshold) => Flags.Any(f => f.Severity >= threshold);
}

/// <summary>A whole run: one entry per checked file, in the order given.</summary>
public sealed record Report(IReadOnlyList<FileReport> Files)
{
    public const int FormatVersion = 1;
}
