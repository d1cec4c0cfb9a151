using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>
/// Uses the fallback recognizer when the primary one is unreachable, timed out or kept failing transiently
/// after its retries (<see cref="LanguageServiceException.IsTransient"/>). The report then names the recognizer
/// "local (fallback)" and carries a warning that says why. Credential, quota and invalid-request errors are not
/// transient and still propagate: silently checking with a weaker recognizer would hide a fixable problem.
/// </summary>
public sealed class FallbackEntityRecognizer : IEntityRecognizer
{
    /// <summary>The diagnostic code of the warning added when the fallback answered.</summary>
    public const string FallbackDiagnosticCode = "recognizer-fallback";

    private readonly IEntityRecognizer _primary;
    private readonly IEntityRecognizer _fallback;

    public FallbackEntityRecognizer(IEntityRecognizer primary, IEntityRecognizer fallback)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(fallback);
        _primary = primary;
        _fallback = fallback;
    }

    public string Name => _primary.Name;

    public async Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _primary.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        }
        catch (LanguageServiceException e) when (e.IsTransient)
        {
            var result = await _fallback.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
            var warning = new RecognizerDiagnostic(
                RecognizerDiagnosticSeverity.Warning,
                FallbackDiagnosticCode,
                $"The {_primary.Name} recognizer failed, so the {_fallback.Name} recognizer was used: {e.Message}");
            return result with
            {
                Recognizer = $"{_fallback.Name} (fallback)",
                Diagnostics = [.. result.Diagnostics, warning],
            };
        }
    }
}
