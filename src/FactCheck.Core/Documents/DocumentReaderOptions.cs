namespace FactCheck.Core.Documents;

/// <summary>Limits and hints for <see cref="DocumentReader"/>.</summary>
public sealed record DocumentReaderOptions
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>
    /// Inputs larger than this are refused (default 10 MB). A .docx may expand to at most 20 times this
    /// (capped at 100 MB) when unzipped.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The format, when the caller knows it (content type); otherwise taken from the name's extension.</summary>
    public DocumentFormat? Format { get; init; }
}
