using System.Globalization;
using FactCheck.Core.Model;
using Newtonsoft.Json.Linq;

namespace FactCheck.Core.Reports;

/// <summary>
/// <see cref="ArchiveEvidence"/> as JSON, for the reports' <c>archive</c>, the hosts' flag rows and the API:
/// <c>{draftClaim, archiveSide, articles, summary}</c>, claims as <c>{kind: "spelling"|"office"|"affiliation", personKey, value}</c>,
/// articles as <c>{id, date: "YYYY-MM-DD", title}</c>.
/// </summary>
public static class ArchiveJson
{
    public static JObject Write(ArchiveEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new JObject
        {
            ["draftClaim"] = Write(evidence.DraftClaim),
            ["archiveSide"] = Write(evidence.ArchiveSide),
            ["articles"] = new JArray(evidence.Articles.Select(Write)),
            ["summary"] = evidence.Summary,
        };
    }

    public static JObject Write(ArchiveClaim claim) => new()
    {
        ["kind"] = KindName(claim.Kind),
        ["personKey"] = claim.PersonKey,
        ["value"] = claim.Value,
    };

    public static JObject Write(ArticleRef article) => new()
    {
        ["id"] = article.Id,
        ["date"] = Date(article.Date),
        ["title"] = article.Title,
    };

    /// <summary>How an archived article reads as a related item of a flag: "capitol/2, 2024-03-05: Budget vote".</summary>
    public static string Describe(ArticleRef article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title is { Length: > 0 } title ? $"{article.Id}, {Date(article.Date)}: {title}" : $"{article.Id}, {Date(article.Date)}";
    }

    /// <summary>A claim kind as the reports and the API name it.</summary>
    public static string KindName(ArchiveClaimKind kind) => kind switch
    {
        ArchiveClaimKind.Office => "office",
        ArchiveClaimKind.Affiliation => "affiliation",
        _ => "spelling",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ArchiveEvidence Read(JObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var articles = (json["articles"] as JArray ?? []).OfType<JObject>().Select(a =>
            new ArticleRef((string?)a["id"] ?? "", DateOnly.ParseExact((string?)a["date"] ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)) { Title = (string?)a["title"] })
            .ToArray();
        return new ArchiveEvidence(ReadClaim(json["draftClaim"] as JObject), ReadClaim(json["archiveSide"] as JObject), articles)
        {
            Summary = (string?)json["summary"] ?? "",
        };
    }

    private static ArchiveClaim ReadClaim(JObject? json) => new(
        (string?)json?["kind"] switch
        {
            "office" => ArchiveClaimKind.Office,
            "affiliation" => ArchiveClaimKind.Affiliation,
            _ => ArchiveClaimKind.Spelling,
        },
        (string?)json?["personKey"] ?? "",
        (string?)json?["value"] ?? "");
}
