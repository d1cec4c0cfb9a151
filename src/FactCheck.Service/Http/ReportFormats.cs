using FactCheck.Core.Reports;

namespace FactCheck.Service.Http;

/// <summary>The report formats <c>POST /api/check</c> can answer in besides JSON.</summary>
public static class ReportFormats
{
    public const string SarifContentType = "application/sarif+json";
}
