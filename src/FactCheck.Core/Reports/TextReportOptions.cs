namespace FactCheck.Core.Reports;

/// <summary>How <see cref="TextReportWriter"/> renders: colour only when the host writes to a terminal.</summary>
public sealed record TextReportOptions
{
    public static TextReportOptions Plain { get; } = new();

    /// <summary>ANSI colours: severity-coloured severity and caret, dim rule id.</summary>
    public bool Color { get; init; }

    /// <summary>Show the source line and a caret under the span (when the report carries the text).</summary>
    public bool Excerpts { get; init; } = true;
}
