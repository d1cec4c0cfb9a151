using FactCheck.Core.Documents;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// The embedded recognizer: word lists and rules, no network. It reads capitalized runs of words, strips the
/// titles, offices, nationalities and places in front of a name, accepts a person on evidence (a known given name,
/// a surname, a title, a reporting verb, surname morphology), then lets every full-name introduction anchor the
/// later surname and given-name mentions of the same person anywhere in the document.
/// </summary>
public sealed class LocalEntityRecognizer : IEntityRecognizer
{
    private readonly Lexicon _lexicon;

    public LocalEntityRecognizer()
        : this(Lexicon.Shared)
    {
    }

    internal LocalEntityRecognizer(Lexicon lexicon) => _lexicon = lexicon;

    public string Name => "local";

    public RecognitionResult Recognize(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = new LocalRecognitionPass(document, _lexicon).Recognize();
        return new RecognitionResult(entities) { Recognizer = Name };
    }

    public Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default) =>
        Task.FromResult(Recognize(document));
}
