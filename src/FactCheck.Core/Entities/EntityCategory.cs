namespace FactCheck.Core.Entities;

/// <summary>Entity categories, named as Azure AI Language names them where the two overlap.</summary>
public enum EntityCategory
{
    Person,
    Organization,
    Location,
    /// <summary>A nationality or demonym adjective ("Turkish", "Syrian").</summary>
    Nationality,
    /// <summary>A title or office ("Foreign Minister", "Deputy Foreign Minister").</summary>
    PersonType,
    Event,
    Product,
    DateTime,
    Quantity,
    Other,
}
