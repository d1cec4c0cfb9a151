using FactCheck.Core.Model;

namespace FactCheck.Core.Reports;

/// <summary>Counts over a whole run: files, flags per severity, and files that could not be checked.</summary>
public sealed record ReportSummary(int Files, int Errors, int Warnings, int Infos, int FailedFiles)
{
    public static ReportSummary From(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportSummary(
            report.Files.Count,
            report.Files.Sum(f => f.Count(Severity.Error)),
            report.Files.Sum(f => f.Count(Severity.Warning)),
            report.Files.Sum(f => f.Count(Severity.Info)),
            report.Files.Count(f => f.Error is not null));
    }
}
