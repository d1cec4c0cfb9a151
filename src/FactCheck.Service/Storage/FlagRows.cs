using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Storage;

/// <summary>Converts between report <see cref="Flag"/>s and <see cref="FlagEntity"/> rows.</summary>
public static class FlagRows
{
    /// <summary>Copies what the check reported onto a row, leaving the review fields alone.</summary>
    public static void CopyReport(Flag flag, FlagEntity row)
    {
        row.Rule = flag.Rule;
        row.Severity = flag.Severity.ToName();
        row.Message = flag.Message;
        row.Offset = flag.Location.Offset;
        row.Length = flag.Location.Length;
        row.Line = flag.Location.Line;
        row.Column = flag.Location.Column;
        row.Text = flag.Location.Text;
        row.Suggestion = flag.Suggestion;
        row.Related = flag.Related.Count == 0
            ? null
            : new JArray(flag.Related.Select(r => new JObject
            {
                ["offset"] = r.Offset,
                ["length"] = r.Length,
                ["line"] = r.Line,
                ["column"] = r.Column,
                ["text"] = r.Text,
            })).ToString(Newtonsoft.Json.Formatting.None);
        row.Archive = flag.Archive is null ? null : ArchiveJson.Write(flag.Archive).ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>The report flag a row was written from.</summary>
    public static Flag ToFlag(FlagEntity row)
    {
        var severity = SeverityNames.TryParse(row.Severity, out var parsed) ? parsed : Severity.Warning;
        var related = string.IsNullOrEmpty(row.Related)
            ? []
            : JArray.Parse(row.Related).OfType<JObject>().Select(r => new FlagLocation(
                (int?)r["offset"] ?? 0,
                (int?)r["length"] ?? 0,
                (int?)r["line"] ?? 1,
                (int?)r["column"] ?? 1,
                (string?)r["text"] ?? string.Empty)).ToArray();
        return new Flag(row.RowKey, row.Rule, severity, row.Message, new FlagLocation(row.Offset, row.Length, row.Line, row.Column, row.Text))
        {
            Suggestion = row.Suggestion,
            Related = related,
            Archive = string.IsNullOrEmpty(row.Archive) ? null : ArchiveJson.Read(JObject.Parse(row.Archive)),
        };
    }
}
