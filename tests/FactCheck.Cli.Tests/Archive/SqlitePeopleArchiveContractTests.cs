using FactCheck.Cli.Archive;
using FactCheck.Core.Archive;
using FactCheck.Testing.Archive;

namespace FactCheck.Cli.Tests.Archive;

public sealed class SqlitePeopleArchiveContractTests : PeopleArchiveContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factcheck-archive-").FullName;
    private readonly List<SqlitePeopleArchive> _opened = [];

    protected override Task<IPeopleArchive> CreateAsync()
    {
        var archive = SqlitePeopleArchive.Open(Path.Combine(_folder, $"archive{_opened.Count}.db"), create: true);
        _opened.Add(archive);
        return Task.FromResult<IPeopleArchive>(archive);
    }

    public void Dispose()
    {
        _opened.ForEach(a => a.Dispose());
        Directory.Delete(_folder, recursive: true);
    }
}
