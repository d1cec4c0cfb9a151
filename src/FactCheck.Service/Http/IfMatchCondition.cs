using Azure;
using Microsoft.Extensions.Primitives;

namespace FactCheck.Service.Http;

/// <summary>
/// Reads the <c>If-Match</c> of a flag review before anything reaches storage: <c>*</c> or exactly one weak entity tag
/// (RFC 9110 syntax), the only kind Table storage hands out. Anything else cannot match the flag, so it fails the
/// precondition (412) with a reason, rather than going to storage, which answers 400 to a strong tag (and that 400 was
/// answered as an outage).
/// </summary>
internal static class IfMatchCondition
{
    /// <summary>Table storage's ETags are about 50 characters (<c>W/"datetime'2026-05-01T10%3A00%3A00.1234567Z'"</c>).</summary>
    public const int MaxLength = 256;

    private const string Reload = "reload the article (GET /api/articles/{id}) and send the flag's etag, or * to overwrite";

    /// <summary>The ETag to send to storage, or null with the reason <paramref name="values"/> can never match.</summary>
    public static ETag? Parse(StringValues values, out string? problem)
    {
        problem = null;
        if (values.Count != 1)
        {
            problem = $"If-Match must be one etag, not {values.Count} headers; {Reload}.";
            return null;
        }

        var text = (values[0] ?? string.Empty).Trim();
        if (text == "*")
        {
            return ETag.All;
        }

        if (text.Length > MaxLength)
        {
            problem = $"If-Match is {text.Length:N0} characters long; a flag's etag is at most {MaxLength}, so it cannot match; {Reload}.";
            return null;
        }

        var end = EntityTagEnd(text, out var weak);
        if (end < 0)
        {
            problem = $"If-Match {Quote(text)} is not an entity tag (W/\"…\"), so it cannot match; {Reload}.";
            return null;
        }

        if (end < text.Length)
        {
            problem = text[end..].TrimStart().StartsWith(',')
                ? $"If-Match must be one etag, not a list; {Reload}."
                : $"If-Match {Quote(text)} is not one entity tag (W/\"…\"), so it cannot match; {Reload}.";
            return null;
        }

        if (!weak)
        {
            problem = $"If-Match {Quote(text)} is a strong etag; a flag's etags are weak (W/\"…\"), so it cannot match; {Reload}.";
            return null;
        }

        return new ETag(text);
    }

    /// <summary>The index after the entity tag that starts <paramref name="text"/>, or -1 when it does not start with one.</summary>
    private static int EntityTagEnd(string text, out bool weak)
    {
        weak = text.StartsWith("W/", StringComparison.Ordinal);
        var open = weak ? 2 : 0;
        if (open >= text.Length || text[open] != '"')
        {
            return -1;
        }

        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return i + 1;
            }

            // etagc = %x21 / %x23-7E / obs-text; obs-text is refused too, as no storage etag carries it.
            if (c is < '!' or > '~')
            {
                return -1;
            }
        }

        return -1;
    }

    private static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..60]}…'";
}
