using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>What the service said about one document of a request: its spans (entities or links), warnings,
/// or the error that replaced them.</summary>
internal sealed record DocumentOutcome<TSpan>(string Id, IReadOnlyList<TSpan> Spans, IReadOnlyList<RecognizerDiagnostic> Warnings, RecognizerDiagnostic? Error);
