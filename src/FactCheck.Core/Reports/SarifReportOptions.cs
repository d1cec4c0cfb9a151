using FactCheck.Core.Rules;

namespace FactCheck.Core.Reports;

/// <summary>What <see cref="SarifReportWriter"/> needs beyond the report itself.</summary>
public sealed record SarifReportOptions
{
    /// <summary>The rules the run used, for <c>tool.driver.rules</c>; defaults to <see cref="RuleCatalog.Descriptors"/>.</summary>
    public IReadOnlyList<RuleDescriptor>? Rules { get; init; }

    /// <summary>
    /// Absolute base the rule doc pages live under (a repository's blob URL ending in <c>/</c>); <c>helpUri</c>
    /// is this plus <see cref="RuleDescriptor.HelpPath"/>. SARIF requires an absolute URI, so without a base the
    /// page is named in <c>help.text</c> and <c>properties.helpPath</c> only.
    /// </summary>
    public Uri? HelpBaseUri { get; init; }

    /// <summary>The tool version written to <c>tool.driver.version</c>.</summary>
    public string? ToolVersion { get; init; }
}
