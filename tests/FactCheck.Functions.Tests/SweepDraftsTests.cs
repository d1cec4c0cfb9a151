using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Functions.Tests;

/// <summary>
/// The <see cref="SweepDrafts"/> timer runs the shared <see cref="DraftSweeper"/> and logs its one line; what the sweep
/// checks and leaves is tested in FactCheck.Service.Tests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepDraftsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_SweepDrafts_function_runs_the_sweep()
    {
        using var logs = new CapturedLogs();
        var service = new TestService(azurite, options => options with { SweepMinAge = TimeSpan.Zero });
        await service.UploadAsync("desk/orphan.txt", Drafts.Seed);
        var sweeper = new DraftSweeper(service.Storage, service.Processor, NullLogger<DraftSweeper>.Instance);

        await new SweepDrafts(sweeper, logs.For<SweepDrafts>()).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(nameof(ArticleStatus.Checked), (await service.ArticleAsync("desk/orphan.txt")).Status);
        Assert.Contains(logs.Lines, l => l.Contains("Draft sweep: 1 needed a check, 1 recorded"));
    }
}
