using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// The cache key of a recognition: SHA-256 over the recognizer identity (name, api-version, model, options) and
/// the exact text, as lower-case hex. A new api-version or model therefore never reuses an old answer.
/// </summary>
public static class RecognitionCacheKey
{
    public static string Compute(string recognizerIdentity, string text)
    {
        ArgumentNullException.ThrowIfNull(recognizerIdentity);
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(recognizerIdentity));
        // A separator that cannot occur in the identity keeps ("ab", "c") and ("a", "bc") apart.
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
