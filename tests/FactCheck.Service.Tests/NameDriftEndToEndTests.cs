using FactCheck.Core.Rules;
using FactCheck.Service.Storage;
using FactCheck.Testing;

namespace FactCheck.Service.Tests;

/// <summary>
/// The product's founding case through the real pipeline (local recognizer, every shipped rule) and real storage:
/// a drifted name uploaded as a blob becomes a name-mismatch row, and the reviewer's dismissal holds across the same
/// text and an edited draft.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NameDriftEndToEndTests
{
    private const string Name = "politics/talks.txt";

    private const string Draft = """
        Talks resume in Moscow

        Turkish Foreign Minister Mevlut Cavusoglu said on Monday that the talks would resume after the elections.

        In response to Deputy Foreign Minister Mikhail Bogdanov's remarks, Davutoglu highlighted that the meeting would take place in May.
        """;

    private readonly TestService _service;

    public NameDriftEndToEndTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite, rules: new RuleEngine(RuleCatalog.CreateAll()));
    }

    [Fact]
    public async Task A_drifted_name_is_flagged_and_its_dismissal_survives_rechecks_and_edits()
    {
        await CheckAsync(Draft);
        var drift = Assert.Single(await _service.FlagsAsync(Name), f => f.Rule == "name-mismatch");
        Assert.Equal("Davutoglu", drift.Text);
        Assert.Equal("Cavusoglu", drift.Suggestion);
        Assert.Equal(nameof(FlagStatus.Open), drift.Status);
        Assert.DoesNotContain(await _service.FlagsAsync(Name), f => f.Rule is "name-mismatch" or "unintroduced-name" && f.Text != "Davutoglu");

        var review = await HttpCalls.PatchFlagAsync(_service, ArticleKey.Encode(Name), drift.RowKey, drift.ETag.ToString(), """{"status":"dismissed","note":"checked with the desk"}""");
        Assert.Equal(200, review.Status);

        await CheckAsync(Draft);
        Assert.Equal(nameof(FlagStatus.Dismissed), Assert.Single(await _service.FlagsAsync(Name), f => f.RowKey == drift.RowKey).Status);

        await CheckAsync("A new opening paragraph about the weather.\n\n" + Draft.Replace("in May", "in early May", StringComparison.Ordinal));
        var kept = Assert.Single(await _service.FlagsAsync(Name), f => f.Rule == "name-mismatch");
        Assert.Equal(drift.RowKey, kept.RowKey);
        Assert.Equal(nameof(FlagStatus.Dismissed), kept.Status);
        Assert.Equal("checked with the desk", kept.Note);
    }

    private async Task CheckAsync(string text) =>
        await _service.Processor.ProcessBlobAsync(await _service.UploadAsync(Name, text));
}
