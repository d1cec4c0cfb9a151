using System.Text;
using Azure.Data.Tables;
using FactCheck.Service;
using FactCheck.Service.Processing;
using FactCheck.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Functions.Tests;

/// <summary>
/// <c>GetPeople</c> as the Functions app composes it (<see cref="FunctionsComposition"/>, over Azurite): the archive the
/// blob-triggered checks feed is the one it reads, and <c>FactCheck__Archive=off</c> turns both off.
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
