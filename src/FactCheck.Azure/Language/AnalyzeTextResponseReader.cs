using System.Text;
using FactCheck.Core.Entities;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Azure.Language;

/// <summary>
/// Reads analyze-text answers: <c>results.documents[]</c> (<c>id</c>, <c>entities</c>, <c>warnings</c>) and
/// <c>results.errors[]</c> (<c>id</c>, <c>error</c> with an optional <c>innererror</c>), and the error body of a
/// failed request (<c>{"error":{"code","message","innererror"}}</c>). A required member that is missing throws
/// <see cref="KeyNotFoundException"/>, one of the wrong type <see cref="FormatException"/>.
/// </summary>
internal static class AnalyzeTextResponseReader
{
    /// <summary>A UTF-8 JSON body as a token tree; throws <see cref="JsonException"/> when it is not one JSON value.</summary>
    public static JToken Parse(ReadOnlyMemory<byte> body)
    {
        using var text = new StreamReader(new MemoryStream(body.ToArray(), writable: false), Encoding.UTF8);
        // Strings stay strings: an entity whose text looks like a date ("2024-01-05") must not come back reformatted.
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        var token = JToken.ReadFrom(reader);
        if (reader.Read())
        {
            throw new JsonReaderException($"more JSON after the answer, at line {reader.LineNumber} position {reader.LinePosition}");
        }

        return token;
    }

    public static IReadOnlyList<DocumentOutcome<RecognizedSpan>> ReadEntities(JToken root) =>
        ReadDocuments(root, "EntityRecognitionResults", entity => new RecognizedSpan(
            RequiredString(entity, "text"),
            RequiredString(entity, "category"),
            OptionalString(entity, "type"),
            OptionalString(entity, "subcategory"),
            RequiredInt(entity, "offset"),
            RequiredInt(entity, "length"),
            entity["confidenceScore"] is { Type: JTokenType.Float or JTokenType.Integer } score ? (double)score : 1.0));

    public static IReadOnlyList<DocumentOutcome<LinkedSpan>> ReadLinks(JToken root)
    {
        var documents = ReadDocuments(root, "EntityLinkingResults", linked =>
        {
            var id = OptionalString(linked, "id") ?? OptionalString(linked, "name") ?? "";
            return linked["matches"] is JArray matches
                ? matches.Select(m => new LinkedSpan(id, RequiredInt(m, "offset"), RequiredInt(m, "length"))).ToArray()
                : [];
        });
        return documents
            .Select(d => new DocumentOutcome<LinkedSpan>(d.Id, d.Spans.SelectMany(s => s).ToArray(), d.Warnings, d.Error))
            .ToArray();
    }

    /// <summary>The code and message of an error body, the inner error preferred for the code; nulls when the
    /// body is not one.</summary>
    public static (string? Code, string? Message) ReadError(ReadOnlyMemory<byte> body)
    {
        try
        {
            return Parse(body) is JObject root && root["error"] is { } error ? ReadErrorObject(error) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static List<DocumentOutcome<TSpan>> ReadDocuments<TSpan>(JToken root, string expectedKind, Func<JToken, TSpan> readSpan)
    {
        var answer = AsObject(root, "the answer");
        var kind = OptionalString(answer, "kind");
        if (kind is not null && kind != expectedKind)
        {
            throw new FormatException($"expected kind '{expectedKind}', got '{kind}'");
        }

        var results = AsObject(Required(answer, "results"), "'results'");
        var outcomes = new List<DocumentOutcome<TSpan>>();
        if (results["documents"] is JArray documents)
        {
            foreach (var document in documents)
            {
                var spans = document["entities"] is JArray entities ? entities.Select(readSpan).ToArray() : [];
                var warnings = document["warnings"] is JArray list
                    ? list
                        .Select(w => new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Warning, OptionalString(w, "code") ?? "Warning", OptionalString(w, "message") ?? ""))
                        .ToArray()
                    : [];
                outcomes.Add(new DocumentOutcome<TSpan>(RequiredString(document, "id"), spans, warnings, null));
            }
        }

        if (results["errors"] is JArray errors)
        {
            foreach (var failed in errors)
            {
                var (code, message) = failed["error"] is { } error ? ReadErrorObject(error) : (null, null);
                var diagnostic = new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Error, code ?? "DocumentError", message ?? "the service could not analyze this part");
                outcomes.Add(new DocumentOutcome<TSpan>(RequiredString(failed, "id"), [], [], diagnostic));
            }
        }

        return outcomes;
    }

    private static (string? Code, string? Message) ReadErrorObject(JToken error)
    {
        if (error is not JObject)
        {
            return (null, null);
        }

        var code = OptionalString(error, "code");
        var message = OptionalString(error, "message");
        if (error["innererror"] is JObject inner)
        {
            var innerCode = OptionalString(inner, "code");
            var innerMessage = OptionalString(inner, "message");
            code = innerCode ?? code;
            message = innerMessage ?? message;
        }

        return (code, message);
    }

    private static JObject AsObject(JToken token, string what) =>
        token as JObject ?? throw new FormatException($"{what} is a {token.Type}, not an object");

    private static JToken Required(JToken element, string name) =>
        AsObject(element, "an item")[name] ?? throw new KeyNotFoundException($"'{name}' is missing");

    /// <summary>A required string member; JSON null reads as empty.</summary>
    private static string RequiredString(JToken element, string name) => Required(element, name) switch
    {
        { Type: JTokenType.String } value => (string)value!,
        { Type: JTokenType.Null } => "",
        var value => throw new FormatException($"'{name}' is a {value.Type}, not a string"),
    };

    private static int RequiredInt(JToken element, string name) => Required(element, name) switch
    {
        JValue { Type: JTokenType.Integer, Value: long number } when number is >= int.MinValue and <= int.MaxValue => (int)number,
        var value => throw new FormatException($"'{name}' is {value.Type} {value}, not a 32-bit integer"),
    };

    private static string? OptionalString(JToken element, string name) =>
        element is JObject item && item[name] is { Type: JTokenType.String } value ? (string?)value : null;
}
