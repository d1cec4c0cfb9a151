using FactCheck.Azure.Language;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Tests.Language;

public sealed class LanguageCategoryMapTests
{
    [Theory]
    [InlineData("Person", null, EntityCategory.Person)]
    [InlineData("PersonType", null, EntityCategory.PersonType)]
    [InlineData("Organization", "OrganizationSports", EntityCategory.Organization)]
    [InlineData("Location", "City", EntityCategory.Location)]
    [InlineData("Location", "GPE", EntityCategory.Location)]
    [InlineData("Address", null, EntityCategory.Location)]
    [InlineData("Event", "SportsEvent", EntityCategory.Event)]
    [InlineData("Product", "ComputingProduct", EntityCategory.Product)]
    [InlineData("DateTime", "Date", EntityCategory.DateTime)]
    [InlineData("Temporal", "Date", EntityCategory.DateTime)]
    [InlineData("Quantity", "Age", EntityCategory.Quantity)]
    [InlineData("Numeric", "Currency", EntityCategory.Quantity)]
    [InlineData("Skill", null, EntityCategory.Other)]
    [InlineData("Email", "Email", EntityCategory.Other)]
    [InlineData("SomethingNew", "City", EntityCategory.Location)]
    public void Maps_categories_of_old_and_new_api_versions(string category, string? type, EntityCategory expected) =>
        Assert.Equal(expected, LanguageCategoryMap.Map(category, type));
}
