using FactCheck.Core.Reports;

namespace FactCheck.Service.Http;

/// <summary>
/// The report formats <c>POST /api/check</c> can answer in besides JSON. SARIF comes from the CLI's report writers:
/// <see cref="Sarif"/> is the seam to point at <c>SarifReportWriter</c> once it exists (until then
/// <c>?format=sarif</c> answers 406 with a clear reason).
/// </summary>
public static class ReportFormats
{
    public const string SarifContentType = "application/sarif+json";

    /// <summary>Writes a report as SARIF 2.1.0 text, or null while no SARIF writer is wired in.</summary>
    // SEAM (merge): return SarifReportWriter's write method here once FactCheck.Core.Reports has it.
    public static Func<Report, string>? Sarif => null;
}
