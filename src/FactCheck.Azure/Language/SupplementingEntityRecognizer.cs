using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>
/// Adds to a primary recognizer's entities the categories it does not produce, taken from a supplement: Azure AI
/// Language has no nationality category and finds fewer titles than the local lexicon, so the local recognizer's
/// <see cref="EntityCategory.Nationality"/> and <see cref="EntityCategory.PersonType"/> spans are added wherever they
/// do not overlap an entity the primary found. Persons, places and organisations stay the primary's. The rules
/// then see the same kinds of entities with either recognizer. The supplement must be free (no service calls);
/// usage and diagnostics are the primary's.
/// </summary>
public sealed class SupplementingEntityRecognizer : IEntityRecognizer
{
    private readonly IEntityRecognizer _primary;
    private readonly IEntityRecognizer _supplement;
    private readonly IReadOnlySet<EntityCategory> _categories;

    public SupplementingEntityRecognizer(IEntityRecognizer primary, IEntityRecognizer supplement, IReadOnlySet<EntityCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(supplement);
        ArgumentNullException.ThrowIfNull(categories);
        _primary = primary;
        _supplement = supplement;
        _categories = categories;
    }

    /// <summary>The categories taken from the local recognizer when Azure is primary.</summary>
    public static IReadOnlySet<EntityCategory> LocalAttributeCategories { get; } = new HashSet<EntityCategory> { EntityCategory.Nationality, EntityCategory.PersonType };

    public string Name => _primary.Name;

    public async Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        var primary = await _primary.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        var supplement = await _supplement.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        var added = supplement.Entities
            .Where(s => _categories.Contains(s.Category) && !primary.Entities.Any(p => p.Offset < s.End && s.Offset < p.End))
            .ToArray();
        if (added.Length == 0)
        {
            return primary;
        }

        return primary with { Entities = [.. primary.Entities.Concat(added).OrderBy(e => e.Offset).ThenByDescending(e => e.Length)] };
    }
}
