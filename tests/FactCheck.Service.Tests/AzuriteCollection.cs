using FactCheck.Testing;

namespace FactCheck.Service.Tests;

/// <summary>
/// Every test that needs storage shares one Azurite; each test uses its own tables and containers. xunit reads collection
/// definitions from the test assembly only, so each test project declares this one itself.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
