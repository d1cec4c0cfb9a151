using FactCheck.Core.Reports;
using FactCheck.Service.Storage;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>The API's JSON shapes for stored articles and flags (camelCase; statuses in lower case).</summary>
public static class ArticleJson
{
    public static JObject Article(ArticleEntity row) => new()
    {
        ["id"] = row.RowKey,
        ["name"] = row.Name,
        ["status"] = row.Status.ToLowerInvariant(),
        ["reason"] = row.Reason,
        ["lastError"] = row.LastError,
        ["checkedAt"] = row.CheckedAt,
        ["contentHash"] = row.ContentHash,
        ["textHash"] = row.TextHash,
        ["counts"] = new JObject { ["error"] = row.Errors, ["warning"] = row.Warnings, ["info"] = row.Infos },
        ["recognizer"] = row.Recognizer,
        ["billedTextRecords"] = row.BilledTextRecords,
        ["format"] = row.Format,
        ["etag"] = row.ETag.ToString(),
    };

    /// <summary>The report's flag JSON plus the review fields and the row's ETag (for <c>If-Match</c>).</summary>
    public static JObject Flag(FlagEntity row)
    {
        var json = JsonReportWriter.ToJson(FlagRows.ToFlag(row));
        json["status"] = row.Status.ToLowerInvariant();
        json["note"] = row.Note;
        json["reason"] = row.Reason;
        if (json["archive"] is null && row.Archive is { Length: > 0 } archive)
        {
            json["archive"] = JObject.Parse(archive);
        }

        json["reviewer"] = row.Reviewer;
        json["reviewedAt"] = row.ReviewedAt;
        json["etag"] = row.ETag.ToString();
        return json;
    }
}
