using System.Globalization;
using System.Text;
using FactCheck.Core.Model;

namespace FactCheck.Core.Rules;

/// <summary>
/// The Markdown rule table of the README files, generated from the descriptors so it cannot drift from the code. The
/// table sits between <see cref="StartMarker"/> and <see cref="EndMarker"/>; a test fails when a file's copy is stale.
/// </summary>
public static class RuleTable
{
    public const string StartMarker = "<!-- rules:start -->";
    public const string EndMarker = "<!-- rules:end -->";

    /// <summary>The table, one row per rule, linking each id to its page under <paramref name="linkBase"/>.</summary>
    public static string Markdown(IEnumerable<RuleDescriptor> descriptors, string linkBase = "docs/rules/")
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var table = new StringBuilder();
        table.Append("| Rule | Severity | Title | What it flags |\n");
        table.Append("| --- | --- | --- | --- |\n");
        foreach (var descriptor in descriptors)
        {
            table.Append(CultureInfo.InvariantCulture, $"| [`{descriptor.Id}`]({linkBase}{descriptor.Id}.md) | {descriptor.DefaultSeverity.ToName()} | {Cell(descriptor.Title)} | {Cell(descriptor.Description)} |\n");
        }

        return table.ToString();
    }

    /// <summary>The text between the markers of <paramref name="document"/>, trimmed; null when it has no markers.</summary>
    public static string? Extract(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        start += StartMarker.Length;
        return document[start..end].ReplaceLineEndings("\n").Trim('\n', ' ');
    }

    /// <summary><paramref name="document"/> with the text between its markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string document, string table)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException($"The document has no {StartMarker} … {EndMarker} markers.", nameof(document));
        }

        return document[..(start + StartMarker.Length)] + "\n" + table.TrimEnd('\n') + "\n" + document[end..];
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
