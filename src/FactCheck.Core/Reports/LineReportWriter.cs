using System.Buffers;
using System.Globalization;
using System.Text;
using FactCheck.Core.Model;

namespace FactCheck.Core.Reports;

/// <summary>
/// The line format: exactly one <c>path:line:col: severity rule: message</c> line per flag, in report order, and
/// nothing else — no excerpt, no summary, no colour — so grep, editors' errorformat and pre-commit read it as it is.
/// Files that could not be checked have no line here; hosts report them elsewhere (the CLI on standard error).
/// </summary>
public static class LineReportWriter
{
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        foreach (var file in report.Files.Where(f => f.Error is null))
        {
            foreach (var flag in file.Flags)
            {
                builder.Append(FormatLine(file.Path, flag)).Append(Environment.NewLine);
            }
        }

        return builder.ToString();
    }

    /// <summary>One flag's line; a line break inside the path or message becomes a space so the line stays one.</summary>
    public static string FormatLine(string path, Flag flag)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(flag);
        return string.Create(CultureInfo.InvariantCulture,
            $"{OneLine(path)}:{flag.Location.Line}:{flag.Location.Column}: {flag.Severity.ToName()} {flag.Rule}: {OneLine(flag.Message)}");
    }

    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny(LineBreakChars) < 0 ? text : string.Join(' ', text.Split(LineBreaks.ToCharArray(), StringSplitOptions.RemoveEmptyEntries));

    // Every character a reader might take for the end of a line, not only CR and LF.
    private const string LineBreaks = "\r\n\u000b\u000c\u0085\u2028\u2029";

    private static readonly SearchValues<char> LineBreakChars = SearchValues.Create(LineBreaks);
}
