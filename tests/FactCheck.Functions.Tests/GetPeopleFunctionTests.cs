using System.Text;
using Azure.Data.Tables;
using FactCheck.Service;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Functions.Tests;

/// <summary>
/// The archive as the Functions app composes it (<see cref="FunctionsComposition"/>, over Azurite): the blob-triggered
/// check path feeds it and its archive rules read it, <c>GetPeople</c> answers from it, and <c>FactCheck__Archive=off</c>
/// turns all of it off.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GetPeopleFunctionTests(AzuriteFixture azurite)
{
    private const string Draft = """
        Talks in Ankara

        Turkish Foreign Minister Mevlüt Çavuşoğlu met his Greek counterpart in Ankara on the border question.

        Çavuşoğlu told reporters the talks had been useful.
        """;

    [Fact]
    public async Task A_checked_draft_s_people_are_what_GetPeople_answers()
    {
        await using var provider = Compose(archive: null);
        await provider.GetRequiredService<DraftProcessor>().ProcessAsync("desk/ankara.txt", Encoding.UTF8.GetBytes(Draft), "text/plain");

        var answer = await GetAsync(provider, "?name=cavusoglu");

        Assert.True(answer.Status == 200, answer.Body);
        Assert.Equal("Mevlüt Çavuşoğlu", (string?)answer.Json["people"]![0]!["spellings"]![0]!["display"]);
        Assert.Equal("desk/ankara.txt", (string?)answer.Json["people"]![0]!["spellings"]![0]!["articles"]![0]!["id"]);
        ProblemAssert.Is(await GetAsync(provider, "?name=Nobody"), 404, "no one named 'Nobody'");
        ProblemAssert.Is(await GetAsync(provider, ""), 400, "name is missing");
    }

    [Fact]
    public async Task With_FactCheck__Archive_off_nothing_is_recorded_and_GetPeople_says_the_archive_is_off()
    {
        await using var provider = Compose(archive: "off");
        await provider.GetRequiredService<DraftProcessor>().ProcessAsync("desk/ankara.txt", Encoding.UTF8.GetBytes(Draft), "text/plain");

        ProblemAssert.Is(await GetAsync(provider, "?name=cavusoglu"), 404, "FactCheck__Archive=off");
        var people = provider.GetRequiredService<ServiceOptions>().PeopleTable;
        Assert.Empty(await provider.GetRequiredService<TableServiceClient>().QueryAsync(t => t.Name == people).ToListAsync());
    }

    [Fact]
    public async Task The_check_path_flags_a_spelling_and_an_office_the_archive_has_otherwise_and_not_a_draft_that_matches_it()
    {
        await using var provider = Compose(archive: null);
        var processor = provider.GetRequiredService<DraftProcessor>();
        await processor.ProcessAsync("archive/2023-talks.md", Encoding.UTF8.GetBytes(ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2023-01-03")), "text/markdown");
        await processor.ProcessAsync("archive/2024-talks.md", Encoding.UTF8.GetBytes(ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2024-06-20")), "text/markdown");

        var variant = await FlagsAsync(provider, "desk/variant.md", ArchiveDrafts.ForeignMinister("Mevlut Cavusoglu", "Cavusoglu", "2024-07-01"));
        var conflict = await FlagsAsync(provider, "desk/conflict.md", ArchiveDrafts.ForeignMinister("Ahmet Davutoglu", "Davutoglu", "2024-07-01"));
        var matching = await FlagsAsync(provider, "desk/matching.md", ArchiveDrafts.ForeignMinister("Mevlüt Çavuşoğlu", "Çavuşoğlu", "2024-07-02"));

        Assert.Contains(variant, f => f.Rule == "archive-name-variant" && f.Text == "Mevlut Cavusoglu");
        var office = Assert.Single(conflict, f => f.Rule == "archive-office-conflict");
        Assert.Matches("(Çavuşoğlu|Cavusoglu)", office.Message);
        Assert.DoesNotContain(matching, f => f.Rule.StartsWith("archive-", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<FlagEntity>> FlagsAsync(ServiceProvider provider, string name, string draft)
    {
        var outcome = await provider.GetRequiredService<DraftProcessor>().ProcessAsync(name, Encoding.UTF8.GetBytes(draft), "text/markdown");
        return await provider.GetRequiredService<ReviewStorage>().GetFlagsAsync(outcome.ArticleId);
    }

    private ServiceProvider Compose(string? archive)
    {
        var options = IsolatedStorage.Options();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DraftsStorage"] = azurite.ConnectionString,
            ["FactCheck:Archive"] = archive,
        }).Build();
        return new ServiceCollection().AddLogging().AddFactCheckFunctions(configuration, options).BuildServiceProvider();
    }

    private static Task<HttpCalls.Answer> GetAsync(IServiceProvider provider, string query)
    {
        var function = ActivatorUtilities.CreateInstance<GetPeople>(provider);
        return HttpCalls.RunAsync(HttpCalls.Request("GET", "/api/people", query), request => function.RunAsync(request, CancellationToken.None));
    }
}
