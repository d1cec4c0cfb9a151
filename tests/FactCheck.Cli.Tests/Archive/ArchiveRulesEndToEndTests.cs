using System.Text.Json;

namespace FactCheck.Cli.Tests.Archive;

/// <summary>
/// The archive rules through the CLI: <c>archive import</c> of a small desk's published stories (Archive/Desk, written
/// for these tests, dated by a manifest), then <c>check --archive</c> of drafts against it.
/// </summary>
public sealed class ArchiveRulesEndToEndTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public ArchiveRulesEndToEndTests()
    {
        var data = Path.Combine(_cli.Directory, "data");
        _cli.Services = _cli.Services with { GetSetting = name => name == "XDG_DATA_HOME" ? data : null };
        _cli.UseRules([.. FactCheck.Core.Rules.RuleCatalog.CreateAll()]);
        var desk = Path.Combine(AppContext.BaseDirectory, "Archive", "Desk");
        foreach (var file in Directory.EnumerateFiles(desk, "*", SearchOption.AllDirectories))
        {
            _cli.Write(Path.GetRelativePath(desk, file), File.ReadAllBytes(file));
        }
    }

    public void Dispose() => _cli.Dispose();

    private async Task<JsonElement> CheckAsync(string draft, string date)
    {
        var import = await _cli.RunAsync("archive", "import", "published", "--archive", "desk.db", "--manifest", "published/dates.tsv");
        Assert.Equal(ExitCodes.Clean, import.ExitCode);
        var run = await _cli.RunAsync("check", $"drafts/{draft}", "--archive", "desk.db", "--date", date, "--format", "json", "--fail-on", "none");
        Assert.True(run.ExitCode == ExitCodes.Clean, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("files")[0].GetProperty("flags").Clone();
    }

    private static JsonElement[] ArchiveFlags(JsonElement flags) =>
        flags.EnumerateArray().Where(f => f.GetProperty("rule").GetString()!.StartsWith("archive-", StringComparison.Ordinal)).ToArray();

    [Fact]
    public async Task A_consistent_draft_misspelling_an_archived_person_is_an_archive_name_variant()
    {
        var flag = Assert.Single(ArchiveFlags(await CheckAsync("pelossi.txt", "2021-11-03")));

        Assert.Equal("archive-name-variant", flag.GetProperty("rule").GetString());
        Assert.Equal("Nancy Pelossi", flag.GetProperty("text").GetString());
        Assert.Equal("Nancy Pelosi", flag.GetProperty("suggestion").GetString());
        var archived = flag.GetProperty("related").EnumerateArray().Where(r => r.TryGetProperty("archive", out _)).Select(r => r.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["capitol/pension-talks.txt, 2021-10-04: Union leaders meet the Speaker over pensions", "capitol/spending-bill.txt, 2021-09-14: Spending bill clears the House"], archived);
    }

    [Fact]
    public async Task A_draft_giving_an_archived_office_to_another_person_is_an_archive_office_conflict()
    {
        var flag = Assert.Single(ArchiveFlags(await CheckAsync("davutoglu.txt", "2023-06-01")));

        Assert.Equal("archive-office-conflict", flag.GetProperty("rule").GetString());
        Assert.Equal("Turkish Foreign Minister", flag.GetProperty("text").GetString());
        var message = flag.GetProperty("message").GetString();
        Assert.Contains("the newsroom archive has Mevlut Cavusoglu in that office (2 articles, first seen 2022-03-10, last seen 2023-02-20", message, StringComparison.Ordinal);
        Assert.Contains("last saw Ahmet Davutoglu in it on 2013-10-21", message, StringComparison.Ordinal);
        Assert.Equal("ankara/grain-corridor.txt", flag.GetProperty("archive").GetProperty("articles")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_transitions_draft_without_the_transition_is_flagged()
    {
        var flag = Assert.Single(ArchiveFlags(await CheckAsync("unannounced-holder.txt", "2023-06-15")));

        Assert.Equal("archive-office-conflict", flag.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("matching.txt", "2023-03-01")]
    [InlineData("new-person.txt", "2023-03-01")]
    [InlineData("transition.txt", "2023-06-15")]
    // The same draft in the years the archive had Davutoglu in the office.
    [InlineData("davutoglu.txt", "2013-05-01")]
    public async Task Neither_rule_fires_on_a_matching_draft_a_new_person_or_a_stated_transition(string draft, string date) =>
        Assert.Empty(ArchiveFlags(await CheckAsync(draft, date)));

    [Fact]
    public async Task Without_the_archive_the_misspelling_goes_unseen()
    {
        var run = await _cli.RunAsync("check", "drafts/pelossi.txt", "--no-archive", "--format", "json", "--fail-on", "none");

        Assert.DoesNotContain("archive-", run.Out, StringComparison.Ordinal);
    }
}
