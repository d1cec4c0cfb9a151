namespace FactCheck.Core.Reports;

/// <summary>
/// The report formats, the one place their names are known: what <c>--format</c> and <c>POST /api/check?format=</c>
/// accept, the media type an HTTP answer carries, and the writer behind each. A new format is one instance here and
/// its writer; every host picks it up from <see cref="All"/>.
/// </summary>
public sealed class ReportFormat
{
    private readonly Func<Report, ReportWriteOptions, string> _write;

    private ReportFormat(string name, string contentType, string summary, bool listsUncheckedFiles, Func<Report, ReportWriteOptions, string> write)
    {
        Name = name;
        ContentType = contentType;
        Summary = summary;
        ListsUncheckedFiles = listsUncheckedFiles;
        _write = write;
    }

    /// <summary>Compiler-style lines with the source line, a caret, suggestion and related places, and a summary line.</summary>
    public static ReportFormat Text { get; } = new(
        "text", "text/plain; charset=utf-8", "compiler-style lines with excerpts and a summary", listsUncheckedFiles: true,
        (report, options) => TextReportWriter.Write(report, new TextReportOptions { Color = options.Color }));

    /// <summary>The JSON report, version <see cref="Report.FormatVersion"/>.</summary>
    public static ReportFormat Json { get; } = new(
        "json", "application/json; charset=utf-8", "the JSON report", listsUncheckedFiles: true,
        (report, _) => JsonReportWriter.Write(report) + Environment.NewLine);

    /// <summary>SARIF 2.1.0 for code scanning.</summary>
    public static ReportFormat Sarif { get; } = new(
        "sarif", "application/sarif+json", "SARIF 2.1.0", listsUncheckedFiles: true,
        (report, options) => SarifReportWriter.Write(report, new SarifReportOptions { Rules = options.Rules, HelpBaseUri = options.HelpBaseUri }) + Environment.NewLine);

    /// <summary>One <c>path:line:col: severity rule: message</c> line per flag and nothing else, for grep and errorformat.</summary>
    public static ReportFormat Line { get; } = new(
        "line", "text/plain; charset=utf-8", "one path:line:col: severity rule: message line per flag", listsUncheckedFiles: false,
        (report, _) => LineReportWriter.Write(report));

    /// <summary>reviewdog's Diagnostic JSON (<c>DiagnosticResult</c>), suggestions as replacements.</summary>
    public static ReportFormat Rdjson { get; } = new(
        "rdjson", "application/json; charset=utf-8", "reviewdog Diagnostic JSON", listsUncheckedFiles: false,
        (report, options) => RdjsonReportWriter.Write(report, options) + Environment.NewLine);

    /// <summary>Every format, the default (<see cref="Text"/>) first.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Text, Json, Sarif, Line, Rdjson];

    /// <summary>"text, json, sarif, line or rdjson", for help texts and error messages.</summary>
    public static string Choices { get; } = string.Join(", ", All.Take(All.Count - 1).Select(f => f.Name)) + " or " + All[^1].Name;

    /// <summary>The name a host accepts (lower case).</summary>
    public string Name { get; }

    /// <summary>The media type of an HTTP answer in this format.</summary>
    public string ContentType { get; }

    /// <summary>A few words for help texts.</summary>
    public string Summary { get; }

    /// <summary>
    /// False when the format has no place for a file that could not be checked or for recognizer diagnostics (line,
    /// rdjson): a host then tells them another way (the CLI on standard error).
    /// </summary>
    public bool ListsUncheckedFiles { get; }

    /// <summary>A format by name, ignoring case and surrounding blanks.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        var wanted = name?.Trim();
        format = All.FirstOrDefault(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }

    /// <summary>The whole report in this format, ending in a line break (the line format with no flag is empty).</summary>
    public string Write(Report report, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _write(report, options ?? ReportWriteOptions.Default);
    }

    public override string ToString() => Name;
}
