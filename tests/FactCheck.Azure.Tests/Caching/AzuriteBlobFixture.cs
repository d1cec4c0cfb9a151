using Azure.Storage.Blobs;
using FactCheck.Testing;

namespace FactCheck.Azure.Tests.Caching;

/// <summary>
/// Azurite for the blob cache tests: the same fixture the service, Functions and browser tests use (linked, not copied),
/// with a fresh container per test.
/// </summary>
public sealed class AzuriteBlobFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public string ConnectionString => _azurite.ConnectionString;

    public BlobContainerClient NewContainer() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient("cache-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();
}
