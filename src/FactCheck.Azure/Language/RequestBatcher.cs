namespace FactCheck.Azure.Language;

/// <summary>
/// Packs pieces, in text order, into as few requests as the limits allow: at most N documents and at most the
/// byte limit per request. Pieces are close to the per-document limit in size, so filling each request in order
/// reaches the minimum ⌈pieces / N⌉ whenever the byte limit does not bind.
/// </summary>
internal static class RequestBatcher
{
    public static IReadOnlyList<IReadOnlyList<int>> Plan(IReadOnlyList<int> documentBytes, int envelopeBytes, AnalyzeTextLimits limits)
    {
        var batches = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        var bytes = envelopeBytes;
        for (var i = 0; i < documentBytes.Count; i++)
        {
            var full = current.Count == limits.MaxDocumentsPerRequest || bytes + documentBytes[i] > limits.MaxRequestBytes;
            if (full && current.Count > 0)
            {
                batches.Add(current);
                current = [];
                bytes = envelopeBytes;
            }

            // A single document over the byte limit still goes alone; the service then reports it as an error.
            current.Add(i);
            bytes += documentBytes[i];
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
