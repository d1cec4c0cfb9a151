using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Service.Storage;

/// <summary>
/// Article ids: a blob name encoded so it is legal as a table key (no <c>/ \ # ?</c> or control characters, well
/// under the 1 KiB key limit) and safe in a URL path segment, yet still readable. Letters, digits, <c>-</c>, <c>_</c>
/// and <c>.</c> stay as they are; every other UTF-8 byte becomes <c>~XX</c> (upper-case hex), so
/// <c>politics/2026/budget.md</c> becomes <c>politics~2F2026~2Fbudget.md</c>. Names whose encoding would be too long
/// get a hashed id (<c>~h</c> + SHA-256), which is not reversible; the Articles row keeps the name.
/// </summary>
public static class ArticleKey
{
    /// <summary>Longest readable id. Table keys may be 1 KiB; 512 UTF-16 code units leave room for every encoding.</summary>
    public const int MaxReadableLength = 512;

    private const string HashedPrefix = "~h";

    public static string Encode(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var builder = new StringBuilder(blobName.Length + 16);
        var bytes = Encoding.UTF8.GetBytes(blobName);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            // A leading dot is escaped so no id is "." or "..", which URL path handling would swallow.
            if (IsKept(b) && !(b == (byte)'.' && i == 0))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (builder.Length <= MaxReadableLength)
        {
            return builder.ToString();
        }

        return HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The blob name an id was made from; false for hashed ids and for text that is no id at all.</summary>
    public static bool TryDecode(string id, out string blobName)
    {
        blobName = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > MaxReadableLength || id.StartsWith(HashedPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var bytes = new List<byte>(id.Length);
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '~')
            {
                if (i + 2 >= id.Length || !IsUpperHex(id[i + 1]) || !IsUpperHex(id[i + 2]))
                {
                    return false;
                }

                bytes.Add(Convert.ToByte(id.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c < 128 && IsKept((byte)c))
            {
                bytes.Add((byte)c);
            }
            else
            {
                return false;
            }
        }

        try
        {
            blobName = new UTF8Encoding(false, true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // Only the canonical form decodes, so one name never has two ids.
        return Encode(blobName) == id;
    }

    /// <summary>True when <paramref name="id"/> could be an article id (used to reject junk in URLs early).</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= HashedPrefix.Length + 64 + MaxReadableLength &&
        id.All(c => c < 128 && (IsKept((byte)c) || c == '~'));

    private static bool IsKept(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.';

    private static bool IsUpperHex(char c) => c is >= '0' and <= '9' or >= 'A' and <= 'F';
}
