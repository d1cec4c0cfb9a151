using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// How a check runs: per-rule settings keyed by rule id, and document-wide facts rules may use.
/// Built from defaults, a <c>factcheck.yaml</c> and command-line options.
/// </summary>
public sealed record CheckSettings
{
    public static CheckSettings Default { get; } = new();

    /// <summary>Words and phrases that never flag, whatever the rule (compared case-insensitively with a flag's text).</summary>
    public IReadOnlyList<string> AcceptedWords { get; init; } = [];

    /// <summary>Official names exempt from <c>spelling-variant</c>, in addition to its built-in list.</summary>
    public IReadOnlyList<string> SpellingExemptions { get; init; } = [];

    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);

    /// <summary>The date the article is published, when given (<c>--date</c>); rules fall back to a dateline or metadata.</summary>
    public DateOnly? ArticleDate { get; init; }

    /// <summary>
    /// The id under which the newsroom archive holds this article (the draft's blob name, the CLI's file path);
    /// its own earlier contribution is left out of its lookups.
    /// </summary>
    public string? ArticleId { get; init; }

    /// <summary>House spelling locale ("en-GB", "en-US"), if the newsroom has one.</summary>
    public string? HouseLocale { get; init; }

    /// <summary>The newsroom's name authority: canonical spellings, aliases and roles of people it writes about.</summary>
    public IReadOnlyList<NameAuthorityEntry> NameAuthority { get; init; } = [];

    public RuleSettings For(RuleDescriptor descriptor) =>
        Rules.TryGetValue(descriptor.Id, out var settings) ? settings : RuleSettings.Default;
}

/// <summary>One rule's settings: on or off, and a severity override.</summary>
public sealed record RuleSettings
{
    public static RuleSettings Default { get; } = new();

    public bool Enabled { get; init; } = true;

    public Severity? Severity { get; init; }
}
