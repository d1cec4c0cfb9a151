using System.Text;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests;

/// <summary>The reviewer's loop: dismiss a flag, upload the draft again or an edited one, and the decision holds.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewCycleTests
{
    private const string Name = "world/turkey-greece.txt";
    private readonly TestService _service;

    public ReviewCycleTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite);
    }

    [Fact]
    public async Task A_dismissal_survives_the_same_text_and_an_edit_while_vanished_flags_resolve_and_new_ones_open()
    {
        await CheckAsync(Drafts.Seed);
        var drift = await FlagAsync("Davutoglu", line: 3);
        var review = await HttpCalls.PatchFlagAsync(_service, ArticleKey.Encode(Name), drift.RowKey, drift.ETag.ToString(), """{"status":"dismissed","note":"Quoted from an older wire story"}""");
        Assert.Equal(200, review.Status);

        await CheckAsync(Drafts.Seed);
        Assert.Equal(nameof(FlagStatus.Dismissed), (await FlagAsync("Davutoglu", line: 3)).Status);
        Assert.Equal(1, _service.Recognizer.Calls);

        await CheckAsync(Drafts.Edited);
        var flags = await _service.FlagsAsync(Name);
        var kept = await FlagAsync("Davutoglu", line: 3);
        Assert.Equal(drift.RowKey, kept.RowKey);
        Assert.Equal(nameof(FlagStatus.Dismissed), kept.Status);
        Assert.Equal("Quoted from an older wire story", kept.Note);
        Assert.Equal(nameof(FlagStatus.Resolved), Assert.Single(flags, f => f.Rule == "test-watch-place").Status);
        Assert.Equal(nameof(FlagStatus.Open), (await FlagAsync("Davutoglu", line: 5)).Status);
        Assert.Equal(3, flags.Count);
        var article = await _service.ArticleAsync(Name);
        Assert.Equal((0, 2), (article.Errors, article.Warnings));
    }

    [Fact]
    public async Task A_flag_that_vanishes_and_comes_back_keeps_its_review()
    {
        await CheckAsync(Drafts.Seed);
        var place = Assert.Single(await _service.FlagsAsync(Name), f => f.Rule == "test-watch-place");
        Assert.Equal(200, (await HttpCalls.PatchFlagAsync(_service, ArticleKey.Encode(Name), place.RowKey, place.ETag.ToString(), """{"status":"accepted"}""")).Status);

        await CheckAsync(Drafts.Edited);
        Assert.Equal(nameof(FlagStatus.Resolved), Assert.Single(await _service.FlagsAsync(Name), f => f.RowKey == place.RowKey).Status);

        await CheckAsync(Drafts.Seed);
        Assert.Equal(nameof(FlagStatus.Accepted), Assert.Single(await _service.FlagsAsync(Name), f => f.RowKey == place.RowKey).Status);
    }

    private async Task CheckAsync(string text) =>
        await _service.Processor.ProcessBlobAsync(await _service.UploadAsync(Name, text));

    private async Task<FlagEntity> FlagAsync(string text, int line) =>
        Assert.Single(await _service.FlagsAsync(Name), f => f.Text == text && f.Line == line);
}
