using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using FactCheck.Service.Storage;
using Microsoft.Extensions.Primitives;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// The query of <c>GET /api/articles</c> that is more than a number: <c>status</c>, a list of statuses (comma-separated
/// and/or repeated), and <c>continuationToken</c>, which FactCheck issues itself around the storage SDK's token so that
/// one it did not issue (garbage, cut short, or from a listing with another status) is told apart before storage
/// sees it. The storage token alone cannot be checked: it is opaque and differs between Azure and Azurite, and a
/// garbage one was answered with an empty page.
/// </summary>
internal static class ArticleListQuery
{
    /// <summary>A token FactCheck issues is well under this; the storage part is two encoded keys.</summary>
    public const int MaxTokenLength = 4096;

    private const string TokenVersion = "fc1";

    private static readonly (string Name, ArticleStatus Status)[] StatusNames =
    [
        ("checked", ArticleStatus.Checked),
        ("rejected", ArticleStatus.Rejected),
        ("failed", ArticleStatus.Failed),
    ];

    public static string AllowedStatuses => string.Join(", ", StatusNames.Select(s => s.Name));

    /// <summary>
    /// The statuses asked for, distinct and in a fixed order (empty: all). Names only, in any case: <c>Enum.Parse</c>
    /// took <c>checked,failed</c> as a bitwise OR (which is Failed) and numbers as values.
    /// </summary>
    public static bool TryParseStatuses(StringValues values, out IReadOnlyList<ArticleStatus> statuses, [NotNullWhen(false)] out string? problem)
    {
        statuses = [];
        problem = null;
        var wanted = new HashSet<ArticleStatus>();
        var given = values.SelectMany(v => (v ?? string.Empty).Split(',')).ToArray();
        if (given.Length == 1 && given[0].Trim().Length == 0)
        {
            return true;
        }

        foreach (var item in given)
        {
            var name = item.Trim();
            var match = StatusNames.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                problem = name.Length == 0
                    ? $"status has an empty item; give one or more of {AllowedStatuses}, separated by commas."
                    : $"status '{Shorten(name)}' is not one of {AllowedStatuses}.";
                return false;
            }

            wanted.Add(match.Status);
        }

        statuses = StatusNames.Select(s => s.Status).Where(wanted.Contains).ToArray();
        return true;
    }

    /// <summary>The token a client sends for the page after the one whose storage token is <paramref name="storageToken"/>.</summary>
    public static string IssueToken(string storageToken, IReadOnlyList<ArticleStatus> statuses)
    {
        var envelope = new JObject { ["v"] = TokenVersion, ["status"] = StatusKey(statuses), ["next"] = storageToken };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(envelope.ToString(Formatting.None)));
    }

    /// <summary>The storage token inside a token this API issued for a listing of <paramref name="statuses"/>, or the reason it is not one.</summary>
    public static bool TryReadToken(string token, IReadOnlyList<ArticleStatus> statuses, [NotNullWhen(true)] out string? storageToken, [NotNullWhen(false)] out string? problem)
    {
        storageToken = null;
        const string StartAgain = "start again without it, from the first page";
        if (token.Length > MaxTokenLength)
        {
            problem = $"The continuationToken is {token.Length:N0} characters long, more than any this API issues; {StartAgain}.";
            return false;
        }

        JObject? envelope = null;
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            using var reader = new JsonTextReader(new StringReader(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes))) { DateParseHandling = DateParseHandling.None };
            envelope = JToken.ReadFrom(reader) as JObject;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
        }

        if (envelope is null || (string?)envelope["v"] != TokenVersion
            || envelope["next"] is not JValue { Type: JTokenType.String } next || !IsHeaderText((string)next!)
            || envelope["status"] is not JValue { Type: JTokenType.String } status)
        {
            problem = $"The continuationToken is not one this API issued (it was cut short, altered or made up); {StartAgain}.";
            return false;
        }

        if ((string)status! != StatusKey(statuses))
        {
            var issuedFor = (string)status! is { Length: > 0 } key ? $"with status={key}" : "of every status";
            problem = $"The continuationToken belongs to the listing {issuedFor}; send it with that same status, or {StartAgain}.";
            return false;
        }

        storageToken = (string)next!;
        problem = null;
        return true;
    }

    /// <summary>The storage token is the two keys the service returned, joined by a space: visible ASCII only.</summary>
    private static bool IsHeaderText(string text) => text.Length > 0 && text.All(c => c is >= ' ' and <= '~');

    private static string StatusKey(IReadOnlyList<ArticleStatus> statuses) =>
        string.Join(",", StatusNames.Where(s => statuses.Contains(s.Status)).Select(s => s.Name));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
