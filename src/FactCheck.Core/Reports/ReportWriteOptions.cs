using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Reports;

/// <summary>What a host knows beyond the report that some formats use; each format reads only its own part.</summary>
public sealed record ReportWriteOptions
{
    public static ReportWriteOptions Default { get; } = new();

    /// <summary>ANSI colours in the text format (the host writes to a terminal and colour is wanted).</summary>
    public bool Color { get; init; }

    /// <summary>The rules the run used, for SARIF's rule metadata; null means every rule in the catalog.</summary>
    public IReadOnlyList<RuleDescriptor>? Rules { get; init; }

    /// <summary>Absolute base of the rule pages (SARIF <c>helpUri</c>, rdjson <c>code.url</c>); see <see cref="SarifReportOptions.HelpBaseUri"/>.</summary>
    public Uri? HelpBaseUri { get; init; }

    /// <summary>
    /// The decoded source of a reported path, or null when the host has none (.docx, a stored report). rdjson needs it
    /// to count columns in UTF-8 bytes and to offer a suggestion only where the source holds the flagged text itself.
    /// </summary>
    public Func<string, DecodedSource?>? SourceOf { get; init; }
}
