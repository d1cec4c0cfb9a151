using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// The stored form of a cached <see cref="RecognitionResult"/> (JSON, versioned), shared by the file and blob caches
/// so both hold the same bytes. Version 1 was first written with System.Text.Json; the Newtonsoft.Json settings below
/// write and read the same document (camelCase, enum names, nulls left out), so entries cached before stay valid.
/// </summary>
public static class RecognitionCacheSerializer
{
    private const int FormatVersion = 1;

    // A byte sequence that is not UTF-8 is a damaged entry: it is dropped, not read with replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter() },
        // Entity text that looks like a date stays the text it was.
        DateParseHandling = DateParseHandling.None,
        // Half an entry followed by another is damage too.
        CheckAdditionalContent = true,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        // ASCII on disk, as System.Text.Json wrote it. A lone surrogate in an entity's text, which raw UTF-8 cannot hold
        // (StrictUtf8 would throw), is written as an escape and read back as U+FFFD: one UTF-16 unit, so offsets hold.
        StringEscapeHandling = StringEscapeHandling.EscapeNonAscii,
    };

    public static byte[] Serialize(RecognitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stored = new StoredRecognition(
            FormatVersion,
            result.Recognizer,
            result.Entities.Select(e => new StoredEntity(e.Text, e.Category, e.Offset, e.Length, e.Confidence, e.Subcategory, e.LinkedEntityId)).ToArray(),
            result.Diagnostics.Select(d => new StoredDiagnostic(d.Severity, d.Code, d.Message)).ToArray(),
            result.Usage.Requests,
            result.Usage.BilledTextRecords);
        return StrictUtf8.GetBytes(JsonConvert.SerializeObject(stored, Settings));
    }

    /// <summary>The result, or null when the bytes are not a cache entry this version can read.</summary>
    public static RecognitionResult? TryDeserialize(ReadOnlySpan<byte> bytes)
    {
        StoredRecognition? stored;
        try
        {
            stored = JsonConvert.DeserializeObject<StoredRecognition>(StrictUtf8.GetString(bytes), Settings);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            return null;
        }

        if (stored is null || stored.Version != FormatVersion || stored.Entities is null || stored.Entities.Any(e => e is null || e.Text is null))
        {
            return null;
        }

        var entities = stored.Entities
            .Select(e => new Entity(e.Text, e.Category, e.Offset, e.Length, e.Confidence) { Subcategory = e.Subcategory, LinkedEntityId = e.LinkedEntityId })
            .ToArray();
        return new RecognitionResult(entities)
        {
            Recognizer = stored.Recognizer,
            Diagnostics = (stored.Diagnostics ?? []).Select(d => new RecognizerDiagnostic(d.Severity, d.Code, d.Message)).ToArray(),
            Usage = new RecognitionUsage(stored.OriginalRequests, stored.OriginalBilledTextRecords),
        };
    }

    private sealed record StoredRecognition(
        int Version,
        string Recognizer,
        StoredEntity[] Entities,
        StoredDiagnostic[]? Diagnostics,
        int OriginalRequests,
        int OriginalBilledTextRecords);

    private sealed record StoredEntity(string Text, EntityCategory Category, int Offset, int Length, double Confidence, string? Subcategory, string? LinkedEntityId);

    private sealed record StoredDiagnostic(string Severity, string Code, string Message);
}
