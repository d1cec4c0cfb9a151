using System.Text.Json;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>
/// Reads analyze-text answers: <c>results.documents[]</c> (<c>id</c>, <c>entities</c>, <c>warnings</c>) and
/// <c>results.errors[]</c> (<c>id</c>, <c>error</c> with an optional <c>innererror</c>), and the error body of a
/// failed request (<c>{"error":{"code","message","innererror"}}</c>).
/// </summary>
internal static class AnalyzeTextResponseReader
{
    public static IReadOnlyList<DocumentOutcome<RecognizedSpan>> ReadEntities(JsonElement root) =>
        ReadDocuments(root, "EntityRecognitionResults", entity => new RecognizedSpan(
            entity.GetProperty("text").GetString() ?? "",
            entity.GetProperty("category").GetString() ?? "",
            OptionalString(entity, "type"),
            OptionalString(entity, "subcategory"),
            entity.GetProperty("offset").GetInt32(),
            entity.GetProperty("length").GetInt32(),
            entity.TryGetProperty("confidenceScore", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : 1.0));

    public static IReadOnlyList<DocumentOutcome<LinkedSpan>> ReadLinks(JsonElement root)
    {
        var documents = ReadDocuments(root, "EntityLinkingResults", linked =>
        {
            var id = OptionalString(linked, "id") ?? OptionalString(linked, "name") ?? "";
            return linked.TryGetProperty("matches", out var matches) && matches.ValueKind == JsonValueKind.Array
                ? matches.EnumerateArray().Select(m => new LinkedSpan(id, m.GetProperty("offset").GetInt32(), m.GetProperty("length").GetInt32())).ToArray()
                : [];
        });
        return documents
            .Select(d => new DocumentOutcome<LinkedSpan>(d.Id, d.Spans.SelectMany(s => s).ToArray(), d.Warnings, d.Error))
            .ToArray();
    }

    /// <summary>The code and message of an error body, the inner error preferred for the code; nulls when the
    /// body is not one.</summary>
    public static (string? Code, string? Message) ReadError(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error))
            {
                return (null, null);
            }

            return ReadErrorObject(error);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static IReadOnlyList<DocumentOutcome<TSpan>> ReadDocuments<TSpan>(JsonElement root, string expectedKind, Func<JsonElement, TSpan> readSpan)
    {
        var kind = OptionalString(root, "kind");
        if (kind is not null && kind != expectedKind)
        {
            throw new JsonException($"expected kind '{expectedKind}', got '{kind}'");
        }

        var results = root.GetProperty("results");
        var outcomes = new List<DocumentOutcome<TSpan>>();
        if (results.TryGetProperty("documents", out var documents) && documents.ValueKind == JsonValueKind.Array)
        {
            foreach (var document in documents.EnumerateArray())
            {
                var spans = document.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
                    ? entities.EnumerateArray().Select(readSpan).ToArray()
                    : [];
                var warnings = document.TryGetProperty("warnings", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray()
                        .Select(w => new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Warning, OptionalString(w, "code") ?? "Warning", OptionalString(w, "message") ?? ""))
                        .ToArray()
                    : [];
                outcomes.Add(new DocumentOutcome<TSpan>(document.GetProperty("id").GetString() ?? "", spans, warnings, null));
            }
        }

        if (results.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var failed in errors.EnumerateArray())
            {
                var (code, message) = failed.TryGetProperty("error", out var error) ? ReadErrorObject(error) : (null, null);
                var diagnostic = new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Error, code ?? "DocumentError", message ?? "the service could not analyze this part");
                outcomes.Add(new DocumentOutcome<TSpan>(failed.GetProperty("id").GetString() ?? "", [], [], diagnostic));
            }
        }

        return outcomes;
    }

    private static (string? Code, string? Message) ReadErrorObject(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var code = OptionalString(error, "code");
        var message = OptionalString(error, "message");
        if (error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            var innerCode = OptionalString(inner, "code");
            var innerMessage = OptionalString(inner, "message");
            code = innerCode ?? code;
            message = innerMessage ?? message;
        }

        return (code, message);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
