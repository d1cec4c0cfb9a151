using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// The stored form of a cached <see cref="RecognitionResult"/> (System.Text.Json, versioned), shared by the file
/// and blob caches so both hold the same bytes.
/// </summary>
public static class RecognitionCacheSerializer
{
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
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
        return JsonSerializer.SerializeToUtf8Bytes(stored, Options);
    }

    /// <summary>The result, or null when the bytes are not a cache entry this version can read.</summary>
    public static RecognitionResult? TryDeserialize(ReadOnlySpan<byte> bytes)
    {
        StoredRecognition? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredRecognition>(bytes, Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (stored is null || stored.Version != FormatVersion || stored.Entities is null)
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
