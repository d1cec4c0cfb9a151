namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>One Azurite, one <c>factcheck serve</c> and one Chromium for every test that needs them.</summary>
[CollectionDefinition(Name)]
public sealed class ServeCollection : ICollectionFixture<ServeFixture>
{
    public const string Name = "Serve";
}
