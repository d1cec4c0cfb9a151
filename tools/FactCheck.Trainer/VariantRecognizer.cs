using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Learned;

namespace FactCheck.Trainer;

/// <summary>One compared variant as a recognizer, so the gold set is scored by the product's own <c>PersonEvaluation</c>.</summary>
internal sealed class VariantRecognizer : IEntityRecognizer
{
    private readonly Variant _variant;
    private readonly PersonTagger _tagger;

    public VariantRecognizer(Variant variant, PersonTagger tagger)
    {
        _variant = variant;
        _tagger = tagger;
    }

    public string Name => _variant.Name;

    public Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        var spans = _variant.Predict(DocumentPredictions.Of(document.Text, _tagger));
        var entities = spans.OrderBy(s => s.Start)
            .Select(s => new Entity(document.Text[s.Start..s.End], EntityCategory.Person, s.Start, s.End - s.Start))
            .ToArray();
        return Task.FromResult(new RecognitionResult(entities) { Recognizer = Name });
    }
}
