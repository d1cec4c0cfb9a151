using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Azure.Language;

/// <summary>
/// Writes the analyze-text request body:
/// <c>{"kind":…,"parameters":{"modelVersion":…,"stringIndexType":"Utf16CodeUnit"},"analysisInput":{"documents":[{"id","language","text"}]}}</c>.
/// Non-ASCII text is written as UTF-8, not <c>\uXXXX</c>, so the 1 MB request limit holds as many documents as it can.
/// </summary>
internal static class AnalyzeTextRequestWriter
{
    public const string EntityRecognition = "EntityRecognition";
    public const string EntityLinking = "EntityLinking";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(string kind, IEnumerable<(string Id, string Text)> documents, string modelVersion, string language)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind);
            writer.WriteStartObject("parameters");
            writer.WriteString("modelVersion", modelVersion);
            writer.WriteString("stringIndexType", "Utf16CodeUnit");
            writer.WriteEndObject();
            writer.WriteStartObject("analysisInput");
            writer.WriteStartArray("documents");
            foreach (var (id, text) in documents)
            {
                WriteDocument(writer, id, text, language);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The bytes one document adds to a request body, separator included.</summary>
    public static int DocumentBytes(string id, string text, string language)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteDocument(writer, id, text, language);
        }

        return buffer.WrittenCount + 1;
    }

    /// <summary>The bytes of a body with no documents.</summary>
    public static int EnvelopeBytes(string kind, string modelVersion, string language) =>
        Write(kind, [], modelVersion, language).Length;

    private static void WriteDocument(Utf8JsonWriter writer, string id, string text, string language)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("language", language);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
