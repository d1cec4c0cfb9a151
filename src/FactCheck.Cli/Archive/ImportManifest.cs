using System.Globalization;

namespace FactCheck.Cli.Archive;

/// <summary>One manifest line: the article's date and, optionally, its title.</summary>
public sealed record ManifestEntry(DateOnly Date, string? Title);

/// <summary>
/// The dates (and titles) of imported articles: a UTF-8 text file, one article a line,
/// <c>PATH&lt;TAB&gt;YYYY-MM-DD[&lt;TAB&gt;TITLE]</c>, PATH relative to the import root with '/' (the article's id);
/// blank lines and lines starting with '#' are skipped. A bad line refuses the whole manifest.
/// </summary>
public static class ImportManifest
{
    /// <exception cref="ArchiveFileException">A line is malformed; the message names the file, line and value.</exception>
    public static IReadOnlyDictionary<string, ManifestEntry> Load(string path, string displayPath)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArchiveFileException(displayPath, $"cannot read the manifest: {CheckRunner.OneLine(exception.Message)}");
        }

        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Trim().Length == 0)
            {
                throw new ArchiveFileException($"{displayPath}:{i + 1}", "expected PATH<TAB>YYYY-MM-DD[<TAB>TITLE]; nothing was imported.");
            }

            if (!DateOnly.TryParseExact(fields[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new ArchiveFileException($"{displayPath}:{i + 1}", $"'{fields[1].Trim()}' is not a date as YYYY-MM-DD; nothing was imported.");
            }

            var title = fields.Length > 2 && fields[2].Trim().Length > 0 ? fields[2].Trim() : null;
            entries[fields[0].Trim().Replace('\\', '/')] = new ManifestEntry(date, title);
        }

        return entries;
    }
}
