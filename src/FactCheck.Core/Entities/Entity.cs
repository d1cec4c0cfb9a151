namespace FactCheck.Core.Entities;

/// <summary>
/// A recognized entity span. <see cref="Offset"/> and <see cref="Length"/> are UTF-16 code units into the
/// extracted plain text; <see cref="Text"/> is exactly that slice.
/// </summary>
public sealed record Entity(string Text, EntityCategory Category, int Offset, int Length, double Confidence = 1.0)
{
    public int End => Offset + Length;

    /// <summary>Finer type where the recognizer gives one (Azure's <c>type</c>/<c>subcategory</c>).</summary>
    public string? Subcategory { get; init; }

    /// <summary>A person entity that is a form of address ("Your Honor"), not a name: see <see cref="PersonSubcategory"/>.</summary>
    public bool IsFormOfAddress => Category == EntityCategory.Person && Subcategory == PersonSubcategory.FormOfAddress;

    /// <summary>
    /// The knowledge-base identity a linking service gave this span (Azure's EntityLinking <c>id</c>, e.g. the
    /// Wikipedia title), when linking ran; two person spans linked to different ids are different people.
    /// </summary>
    public string? LinkedEntityId { get; init; }
}
