using Azure.Data.Tables;
using FactCheck.Core.Archive;
using FactCheck.Service.Archive;
using FactCheck.Testing;
using FactCheck.Testing.Archive;

namespace FactCheck.Service.Tests.Archive;

[Collection(AzuriteCollection.Name)]
public sealed class TablePeopleArchiveContractTests(AzuriteFixture azurite) : PeopleArchiveContract
{
    protected override Task<IPeopleArchive> CreateAsync() => Task.FromResult<IPeopleArchive>(new TablePeopleArchive(TableFor(azurite)));

    internal static TableClient TableFor(AzuriteFixture azurite, TableClientOptions? options = null) =>
        new TableServiceClient(azurite.ConnectionString, options ?? new TableClientOptions()).GetTableClient("People" + Guid.NewGuid().ToString("N")[..12]);
}
