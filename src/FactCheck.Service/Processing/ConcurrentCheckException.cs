namespace FactCheck.Service.Processing;

/// <summary>
/// Another check (or a review) changed the article's rows between read and write. Retried by the processor; when it
/// escapes after the last attempt the host retries the whole invocation (and <c>serve</c> leaves the draft to the sweep).
/// </summary>
public sealed class ConcurrentCheckException : Exception
{
    public ConcurrentCheckException(string articleId, Exception? inner)
        : base($"Another check of article '{articleId}' wrote its rows first.", inner)
    {
        ArticleId = articleId;
    }

    public string ArticleId { get; }
}
