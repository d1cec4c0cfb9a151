using System.Text.Json.Nodes;

namespace FactCheck.Azure.Tests.Language;

/// <summary>A request the fake Language server received, with its analyze-text body picked apart.</summary>
public sealed record RecordedRequest(string Method, string Path, string? ApiVersion, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset ReceivedAt)
{
    private JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Kind => Json?["kind"]?.GetValue<string>();

    public string? StringIndexType => Json?["parameters"]?["stringIndexType"]?.GetValue<string>();

    public string? ModelVersion => Json?["parameters"]?["modelVersion"]?.GetValue<string>();

    public IReadOnlyList<FakeDocument> Documents =>
        Json?["analysisInput"]?["documents"]?.AsArray()
            .Select(d => new FakeDocument(d!["id"]!.GetValue<string>(), d["language"]?.GetValue<string>(), d["text"]!.GetValue<string>()))
            .ToArray() ?? [];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One document of an analyze-text request.</summary>
public sealed record FakeDocument(string Id, string? Language, string Text);
