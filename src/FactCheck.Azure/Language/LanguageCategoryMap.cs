using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>
/// Maps Azure AI Language entity categories to <see cref="EntityCategory"/>. Since 2024-11-01 the service
/// answers with a top-level <c>category</c> ("Location", "Numeric", "Temporal") and a finest <c>type</c>
/// ("City", "Age", "Date"); older versions sent <c>subcategory</c> ("GPE", "Age"). Both generations are mapped.
/// </summary>
internal static class LanguageCategoryMap
{
    private static readonly Dictionary<string, EntityCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Person"] = EntityCategory.Person,
        ["PersonType"] = EntityCategory.PersonType,
        ["Organization"] = EntityCategory.Organization,
        ["OrganizationMedical"] = EntityCategory.Organization,
        ["OrganizationStockExchange"] = EntityCategory.Organization,
        ["OrganizationSports"] = EntityCategory.Organization,
        ["Location"] = EntityCategory.Location,
        ["GPE"] = EntityCategory.Location,
        ["City"] = EntityCategory.Location,
        ["State"] = EntityCategory.Location,
        ["CountryRegion"] = EntityCategory.Location,
        ["Continent"] = EntityCategory.Location,
        ["Structural"] = EntityCategory.Location,
        ["Airport"] = EntityCategory.Location,
        ["Geological"] = EntityCategory.Location,
        ["Address"] = EntityCategory.Location,
        ["Event"] = EntityCategory.Event,
        ["SportsEvent"] = EntityCategory.Event,
        ["CulturalEvent"] = EntityCategory.Event,
        ["NaturalEvent"] = EntityCategory.Event,
        ["Product"] = EntityCategory.Product,
        ["ComputingProduct"] = EntityCategory.Product,
        ["DateTime"] = EntityCategory.DateTime,
        ["Temporal"] = EntityCategory.DateTime,
        ["Date"] = EntityCategory.DateTime,
        ["Time"] = EntityCategory.DateTime,
        ["DateRange"] = EntityCategory.DateTime,
        ["TimeRange"] = EntityCategory.DateTime,
        ["DateTimeRange"] = EntityCategory.DateTime,
        ["Duration"] = EntityCategory.DateTime,
        ["SetTemporal"] = EntityCategory.DateTime,
        ["Set"] = EntityCategory.DateTime,
        ["Quantity"] = EntityCategory.Quantity,
        ["Numeric"] = EntityCategory.Quantity,
        ["Number"] = EntityCategory.Quantity,
        ["NumberRange"] = EntityCategory.Quantity,
        ["Percentage"] = EntityCategory.Quantity,
        ["Ordinal"] = EntityCategory.Quantity,
        ["Age"] = EntityCategory.Quantity,
        ["Currency"] = EntityCategory.Quantity,
        ["Temperature"] = EntityCategory.Quantity,
        ["Dimension"] = EntityCategory.Quantity,
        ["Length"] = EntityCategory.Quantity,
        ["Weight"] = EntityCategory.Quantity,
        ["Height"] = EntityCategory.Quantity,
        ["Speed"] = EntityCategory.Quantity,
        ["Area"] = EntityCategory.Quantity,
        ["Volume"] = EntityCategory.Quantity,
        ["Information"] = EntityCategory.Quantity,
    };

    public static EntityCategory Map(string category, string? type)
    {
        if (Categories.TryGetValue(category, out var mapped))
        {
            return mapped;
        }

        return type is not null && Categories.TryGetValue(type, out var byType) ? byType : EntityCategory.Other;
    }
}
