using FactCheck.Core.Documents;

namespace FactCheck.Service;

/// <summary>Names and limits the draft processor and the HTTP handlers share. Defaults are what the Functions app uses.</summary>
public sealed record ServiceOptions
{
    /// <summary>The container editors upload drafts to; the blob trigger watches it.</summary>
    public const string DefaultDraftsContainer = "drafts";

    public string DraftsContainer { get; init; } = DefaultDraftsContainer;

    /// <summary>Where the extracted plain text of each checked draft is kept (table properties stop at 64 KiB).</summary>
    public string ExtractedContainer { get; init; } = "extracted";

    public string ArticlesTable { get; init; } = "Articles";

    public string FlagsTable { get; init; } = "Flags";

    /// <summary>The newsroom archive's table (<c>TablePeopleArchive</c>), in the same storage account.</summary>
    public string PeopleTable { get; init; } = "People";

    /// <summary>Whether checks read the archive and checked drafts are recorded in it (<c>FactCheck__Archive</c>: on or off).</summary>
    public bool ArchiveEnabled { get; init; } = true;

    /// <summary>Reads <c>FactCheck__Archive</c>: unset or <c>on</c> keeps the archive, <c>off</c> turns it off.</summary>
    public ServiceOptions WithArchiveSetting(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "on" or "true" => this with { ArchiveEnabled = true },
        "off" or "false" => this with { ArchiveEnabled = false },
        _ => throw new FactCheck.Azure.Profiles.CheckProfileException($"FactCheck__Archive is '{value}': set it to on or off."),
    };

    /// <summary>Largest draft (blob or request body) accepted, in bytes.</summary>
    public long MaxDraftBytes { get; init; } = DefaultMaxDraftBytes;

    public const long DefaultMaxDraftBytes = DocumentReaderOptions.DefaultMaxBytes;

    /// <summary>How this host's operator raises <see cref="MaxDraftBytes"/>, for "split it or …" in a refusal.</summary>
    public string RaiseDraftLimit { get; init; } = "raise FactCheck__MaxDraftBytes";

    /// <summary>
    /// When true, <c>POST /api/drafts</c> checks the draft right after uploading it (for <c>factcheck serve</c>, which has
    /// no Event Grid). The Functions app leaves it false: the blob trigger does the check.
    /// </summary>
    public bool ProcessUploadsInline { get; init; }

    /// <summary>How often a check retries after losing an optimistic-concurrency race before giving up (and throwing).</summary>
    public int MaxConcurrencyAttempts { get; init; } = 5;

    /// <summary>
    /// How often <c>factcheck serve</c> sweeps the drafts container for drafts nothing has checked (it also sweeps at
    /// startup). The Functions app's <c>SweepDrafts</c> timer has its own schedule setting.
    /// </summary>
    public TimeSpan SweepInterval { get; init; } = DefaultSweepInterval;

    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromMinutes(5);

    /// <summary>Most drafts one sweep pass checks; the rest wait for the next pass, so a backlog never makes one pass long.</summary>
    public int SweepMaxChecks { get; init; } = 50;

    /// <summary>
    /// Drafts stored more recently than this are left to the check their upload started (inline, or the blob trigger,
    /// which Event Grid delivers within seconds), so the sweep does not check them a second time.
    /// </summary>
    public TimeSpan SweepMinAge { get; init; } = TimeSpan.FromMinutes(1);
}
