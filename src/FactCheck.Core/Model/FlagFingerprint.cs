using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Model;

/// <summary>
/// Stable flag ids: a hash of the rule id, the normalized evidence and which occurrence of that same evidence this
/// is. Never offsets or line numbers, so an unrelated edit elsewhere in the draft keeps every id.
/// </summary>
public static class FlagFingerprint
{
    public static string Compute(string ruleId, IReadOnlyList<string> evidence, int occurrence)
    {
        var builder = new StringBuilder(ruleId);
        foreach (var item in evidence)
        {
            // Unit separator: evidence items can contain spaces, never control characters.
            builder.Append('\u001f').Append(Normalize(item));
        }

        if (occurrence > 0)
        {
            builder.Append('\u001e').Append(occurrence);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static string Normalize(string evidence) =>
        string.Join(' ', evidence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
