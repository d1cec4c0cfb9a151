using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Data.Tables;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests.Faults;

/// <summary>
/// A check that dies after writing the Flags partition but before the Articles row (the commit point) leaves a state
/// the next check of the same draft repairs: the row is never trusted as "unchanged" for the new content, so the draft
/// is checked again and the summary matches the flags, with every review decision kept.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InterruptedWriteTests(AzuriteFixture azurite)
{
    private const string Name = "world/turkey-greece.txt";

    [Theory]
    [InlineData(1, nameof(ArticleStatus.Failed))]
    [InlineData(int.MaxValue, nameof(ArticleStatus.Checked))]
    public async Task A_crash_between_the_flags_and_the_article_row_is_repaired_by_the_next_check(int crashingWrites, string statusAfterCrash)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var crash = new ArticleWriteCrashPolicy($"Articles{suffix}");
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(crash, HttpPipelinePosition.PerRetry);
        var service = new TestService(azurite.ConnectionString, o => o with { ArticlesTable = $"Articles{suffix}", FlagsTable = $"Flags{suffix}" }, tableOptions: tableOptions);

        await service.Processor.ProcessBlobAsync(await service.UploadAsync(Name, Drafts.Seed));
        var drift = Assert.Single(await service.FlagsAsync(Name), f => f.Text == "Davutoglu");
        Assert.Equal(200, (await HttpCalls.PatchFlagAsync(service, ArticleKey.Encode(Name), drift.RowKey, drift.ETag.ToString(), """{"status":"dismissed"}""")).Status);

        var edited = await service.UploadAsync(Name, Drafts.Edited);
        crash.Arm(crashingWrites);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.Processor.ProcessBlobAsync(edited));
        crash.Disarm();

        // Flags already describe the edit; the row still holds the old summary (or says Failed if marking it worked).
        var torn = await service.ArticleAsync(Name);
        Assert.Equal(statusAfterCrash, torn.Status);
        Assert.Equal(Hash(Drafts.Seed), torn.ContentHash);
        Assert.Equal(3, (await service.FlagsAsync(Name)).Count);

        var outcome = await service.Processor.ProcessBlobAsync(edited);

        Assert.False(outcome.Unchanged);
        var repaired = await service.ArticleAsync(Name);
        Assert.Equal(nameof(ArticleStatus.Checked), repaired.Status);
        Assert.Equal(Hash(Drafts.Edited), repaired.ContentHash);
        Assert.Equal(Hash(Drafts.Edited), repaired.TextHash);
        Assert.Equal((0, 2), (repaired.Errors, repaired.Warnings));
        Assert.Null(repaired.LastError);
        Assert.Equal(Drafts.Edited.Length, repaired.TextLength);
        var flags = await service.FlagsAsync(Name);
        Assert.Equal(3, flags.Count);
        Assert.Equal(nameof(FlagStatus.Dismissed), Assert.Single(flags, f => f.RowKey == drift.RowKey).Status);
        Assert.Equal(nameof(FlagStatus.Resolved), Assert.Single(flags, f => f.Rule == "test-watch-place").Status);
        Assert.Equal(nameof(FlagStatus.Open), Assert.Single(flags, f => f.Text == "Davutoglu" && f.Line == 5).Status);
        Assert.NotNull(await service.Storage.GetTextAsync(repaired.RowKey, repaired.TextHash));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
