using System.Text;
using Newtonsoft.Json;

namespace FactCheck.Azure.Language;

/// <summary>
/// Writes the analyze-text request body:
/// <c>{"kind":…,"parameters":{"modelVersion":…,"stringIndexType":"Utf16CodeUnit"},"analysisInput":{"documents":[{"id","language","text"}]}}</c>.
/// Non-ASCII text is written as UTF-8, not <c>\uXXXX</c>, so the 1 MB request limit holds as many documents as it can;
/// a lone surrogate becomes U+FFFD, still one UTF-16 unit, so the service's offsets stay the text's.
/// </summary>
internal static class AnalyzeTextRequestWriter
{
    public const string EntityRecognition = "EntityRecognition";
    public const string EntityLinking = "EntityLinking";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(string kind, IEnumerable<(string Id, string Text)> documents, string modelVersion, string language) =>
        WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kind");
            writer.WriteValue(kind);
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            writer.WritePropertyName("modelVersion");
            writer.WriteValue(modelVersion);
            writer.WritePropertyName("stringIndexType");
            writer.WriteValue("Utf16CodeUnit");
            writer.WriteEndObject();
            writer.WritePropertyName("analysisInput");
            writer.WriteStartObject();
            writer.WritePropertyName("documents");
            writer.WriteStartArray();
            foreach (var (id, text) in documents)
            {
                WriteDocument(writer, id, text, language);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>The bytes one document adds to a request body, separator included.</summary>
    public static int DocumentBytes(string id, string text, string language) =>
        WriteJson(writer => WriteDocument(writer, id, text, language)).Length + 1;

    /// <summary>The bytes of a body with no documents.</summary>
    public static int EnvelopeBytes(string kind, string modelVersion, string language) =>
        Write(kind, [], modelVersion, language).Length;

    private static byte[] WriteJson(Action<JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, Utf8, leaveOpen: true))
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.Default })
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    private static void WriteDocument(JsonWriter writer, string id, string text, string language)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(id);
        writer.WritePropertyName("language");
        writer.WriteValue(language);
        writer.WritePropertyName("text");
        writer.WriteValue(text);
        writer.WriteEndObject();
    }
}
