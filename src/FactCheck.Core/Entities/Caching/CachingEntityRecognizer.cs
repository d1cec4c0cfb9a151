using FactCheck.Core.Documents;

namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// Decorates a paid recognizer with a content-addressed cache: re-checking unchanged text returns the stored
/// entities with zero requests and zero billed records (<see cref="RecognitionUsage.FromCache"/> set).
/// Results that carry a service error are not stored, so a later run can still get the complete answer.
/// </summary>
public sealed class CachingEntityRecognizer : IEntityRecognizer
{
    private readonly IEntityRecognizer _inner;
    private readonly IRecognitionCache _cache;
    private readonly string _identity;

    /// <param name="inner">The recognizer whose results are cached.</param>
    /// <param name="cache">Where results are kept.</param>
    /// <param name="identity">
    /// Everything besides the text that changes the answer (recognizer, endpoint, api-version, model, options);
    /// part of the key.
    /// </param>
    public CachingEntityRecognizer(IEntityRecognizer inner, IRecognitionCache cache, string identity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentException.ThrowIfNullOrEmpty(identity);
        _inner = inner;
        _cache = cache;
        _identity = identity;
    }

    public string Name => _inner.Name;

    public async Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = RecognitionCacheKey.Compute(_identity, document.Text);
        var cached = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            return cached with { Usage = new RecognitionUsage(0, 0, FromCache: true) };
        }

        var result = await _inner.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        if (!result.Diagnostics.Any(d => d.Severity == RecognizerDiagnosticSeverity.Error))
        {
            await _cache.SetAsync(key, result, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
