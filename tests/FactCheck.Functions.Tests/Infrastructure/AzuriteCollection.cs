namespace FactCheck.Functions.Tests.Infrastructure;

/// <summary>Every test that needs storage shares one Azurite; each test uses its own tables and containers.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
