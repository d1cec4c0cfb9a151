using FactCheck.Core.Documents;

namespace FactCheck.Core.Entities;

/// <summary>
/// Finds entity spans in a document's plain text. The local recognizer needs no network; the Azure AI Language
/// recognizer lives outside the core. Either way, titles, roles and nationalities of person mentions are attached
/// afterwards by the core's <see cref="PersonResolver"/>, so every rule behaves the same with any recognizer.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>The name reported in <c>"recognizer"</c> ("local", "azure").</summary>
    string Name { get; }

    Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default);
}

/// <summary>What a recognizer found, and what it cost.</summary>
public sealed record RecognitionResult(IReadOnlyList<Entity> Entities)
{
    /// <summary>The recognizer as reported ("local", "azure", "local (fallback)").</summary>
    public string Recognizer { get; init; } = "local";

    public RecognitionUsage Usage { get; init; } = RecognitionUsage.None;

    /// <summary>Warnings and per-document errors reported by a remote service, surfaced in the report.</summary>
    public IReadOnlyList<RecognizerDiagnostic> Diagnostics { get; init; } = [];
}

/// <summary>Calls made to a paid service for one document.</summary>
public sealed record RecognitionUsage(int Requests, int BilledTextRecords, bool FromCache = false)
{
    public static RecognitionUsage None { get; } = new(0, 0);
}

/// <summary>A warning or error a recognizer reported for the document.</summary>
public sealed record RecognizerDiagnostic(string Severity, string Code, string Message);
