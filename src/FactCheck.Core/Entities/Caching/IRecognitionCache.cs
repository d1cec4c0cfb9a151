namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// Stores recognition results by content key so unchanged text is never sent to a paid service twice.
/// Implementations treat an unreadable entry as a miss, never as an error.
/// </summary>
public interface IRecognitionCache
{
    Task<RecognitionResult?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, RecognitionResult result, CancellationToken cancellationToken = default);
}
