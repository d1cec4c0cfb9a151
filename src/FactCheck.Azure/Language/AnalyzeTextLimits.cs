namespace FactCheck.Azure.Language;

/// <summary>
/// The synchronous analyze-text limits (learn.microsoft.com, "Service limits for Azure AI Language"): 5,120 text
/// elements per document as counted by <c>StringInfo</c>, 5 documents per request for entity recognition and
/// linking, 1 MB per request. <see cref="OverlapChars"/> is how much text two pieces share when a piece had to
/// be cut inside a sentence, so a name cut by the boundary is whole in the next piece.
/// </summary>
internal sealed record AnalyzeTextLimits(int MaxTextElementsPerDocument, int MaxDocumentsPerRequest, int MaxRequestBytes, int OverlapChars)
{
    /// <summary>1 MB is read as 1,000,000 bytes, the stricter of the two readings.</summary>
    public static AnalyzeTextLimits Service { get; } = new(5120, 5, 1_000_000, 400);

    /// <summary>The service bills one text record per started 1,000 characters of each document.</summary>
    public const int CharactersPerTextRecord = 1000;
}
