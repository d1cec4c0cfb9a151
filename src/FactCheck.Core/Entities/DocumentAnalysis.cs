using FactCheck.Core.Documents;

namespace FactCheck.Core.Entities;

/// <summary>Everything the rules may read about a document: its text, its entities and its people.</summary>
public sealed class DocumentAnalysis
{
    public DocumentAnalysis(ExtractedDocument document, RecognitionResult recognition, IReadOnlyList<PersonMention> persons, IReadOnlyList<PersonCluster> people)
    {
        Document = document;
        Recognition = recognition;
        Persons = persons;
        People = people;
    }

    public ExtractedDocument Document { get; }

    public RecognitionResult Recognition { get; }

    public IReadOnlyList<Entity> Entities => Recognition.Entities;

    /// <summary>Every person mention in text order.</summary>
    public IReadOnlyList<PersonMention> Persons { get; }

    /// <summary>Person mentions grouped by who they refer to.</summary>
    public IReadOnlyList<PersonCluster> People { get; }
}
