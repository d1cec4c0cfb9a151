namespace FactCheck.Core.Entities;

/// <summary>The <see cref="Entity.Subcategory"/> values the local recognizer gives person entities.</summary>
public static class PersonSubcategory
{
    /// <summary>
    /// A form of address standing for a person ("Your Honor", "Mr. President", "Petitioner" in a brief): a person
    /// for the reader, but no name, so the name rules never read it as a given name or surname.
    /// </summary>
    public const string FormOfAddress = "FormOfAddress";
}
