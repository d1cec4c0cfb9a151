using System.Globalization;
using FactCheck.Core.Model;

namespace FactCheck.Core.Reports;

/// <summary>
/// The line format people read in terminals and editors parse: <c>path:line:col: severity rule: message</c>
/// (as compilers and Vale print it), the source line with a caret under the span, the suggestion and related
/// places, and a closing summary line. Files that could not be checked print as <c>path: error: reason</c>.
/// </summary>
public static class TextReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";

    public static string Write(Report report, TextReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    public static void Write(Report report, TextWriter writer, TextReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TextReportOptions.Plain;
        foreach (var file in report.Files)
        {
            WriteFile(file, writer, options);
        }

        writer.WriteLine(SummaryLine(ReportSummary.From(report)));
    }

    /// <summary>The header line of one flag: <c>path:line:col: severity rule: message</c>.</summary>
    public static string FormatHeader(string path, Flag flag, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var severity = flag.Severity.ToName();
        return color
            ? $"{Bold}{path}:{flag.Location.Line}:{flag.Location.Column}:{Reset} {SeverityColor(flag.Severity)}{severity}{Reset} {Dim}{flag.Rule}:{Reset} {flag.Message}"
            : $"{path}:{flag.Location.Line}:{flag.Location.Column}: {severity} {flag.Rule}: {flag.Message}";
    }

    /// <summary>"3 files checked: 1 warning, 2 info; 1 file could not be read".</summary>
    public static string SummaryLine(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var counts = new List<string>();
        if (summary.Errors > 0)
        {
            counts.Add(Plural(summary.Errors, "error", "errors"));
        }

        if (summary.Warnings > 0)
        {
            counts.Add(Plural(summary.Warnings, "warning", "warnings"));
        }

        if (summary.Infos > 0)
        {
            counts.Add(Plural(summary.Infos, "info", "info"));
        }

        var checkedFiles = summary.Files - summary.FailedFiles;
        var line = $"{Plural(checkedFiles, "file", "files")} checked: {(counts.Count > 0 ? string.Join(", ", counts) : "no flags")}";
        if (summary.FailedFiles > 0)
        {
            line += $"; {Plural(summary.FailedFiles, "file", "files")} could not be read";
        }

        return line;
    }

    private static void WriteFile(FileReport file, TextWriter writer, TextReportOptions options)
    {
        if (file.Error is not null)
        {
            writer.WriteLine(options.Color
                ? $"{Bold}{file.Path}:{Reset} {SeverityColor(Severity.Error)}error{Reset}: {file.Error}"
                : $"{file.Path}: error: {file.Error}");
            return;
        }

        foreach (var diagnostic in file.Diagnostics)
        {
            writer.WriteLine($"{file.Path}: {diagnostic.Severity.ToLowerInvariant()} recognizer: {diagnostic.Message} ({diagnostic.Code})");
        }

        foreach (var flag in file.Flags)
        {
            writer.WriteLine(FormatHeader(file.Path, flag, options.Color));
            var excerpt = options.Excerpts && file.Text is not null
                ? SourceExcerpt.Create(file.Text, flag.Location.Offset, flag.Location.Length)
                : null;
            if (excerpt is not null)
            {
                writer.WriteLine("  " + excerpt.Line);
                writer.WriteLine(options.Color
                    ? "  " + SeverityColor(flag.Severity) + excerpt.Caret + Reset
                    : "  " + excerpt.Caret);
            }

            if (flag.Suggestion is not null)
            {
                writer.WriteLine($"  suggestion: {flag.Suggestion}");
            }

            foreach (var related in flag.Related)
            {
                writer.WriteLine($"  related: {related.Line}:{related.Column} \"{related.Text}\"");
            }

            foreach (var article in flag.Archive?.Articles ?? [])
            {
                writer.WriteLine($"  related: archive {ArchiveJson.Describe(article)}");
            }
        }
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[1;31m",
        Severity.Warning => "\u001b[1;33m",
        _ => "\u001b[1;36m",
    };

    private static string Plural(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
