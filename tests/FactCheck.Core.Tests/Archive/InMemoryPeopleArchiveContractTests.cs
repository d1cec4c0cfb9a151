using FactCheck.Core.Archive;
using FactCheck.Testing.Archive;

namespace FactCheck.Core.Tests.Archive;

public sealed class InMemoryPeopleArchiveContractTests : PeopleArchiveContract
{
    protected override Task<IPeopleArchive> CreateAsync() => Task.FromResult<IPeopleArchive>(new InMemoryPeopleArchive());
}
