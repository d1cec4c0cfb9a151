using Azure.Storage.Blobs;
using FactCheck.Azure.Tests.Language;
using FactCheck.Testing;

namespace FactCheck.Functions.Tests.Profiles;

/// <summary>
/// One draft and one <c>factcheck.yaml</c> through <c>factcheck check</c>, <c>POST /api/check</c> on <c>factcheck serve</c>
/// and the Functions app's CheckDraft: the same flags, including the ones only the house file causes (the house locale's
/// "use 'defence'", the name authority's spelling and its role for a person), and the same recognizer from the same settings.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SameCheckInEveryHostTests : IDisposable
{
    private const string HouseFile = """
        locale: en-GB
        names:
          - canonical: Faisal Miqdad
            aliases: [Faisal Mekdad, Faisal al-Mekdad]
          - canonical: Mevlüt Çavuşoğlu
            aliases: [Mevlut Cavusoglu]
            role: Foreign Minister
            nationality: Turkish
        """;

    // Consistent on its own: without the house file, "defense" is not flagged and Mekdad (the first spelling) wins.
    private const string Draft = """
        # Talks in Damascus

        Foreign Minister Faisal Mekdad spoke about refugees at the defense ministry.

        Miqdad said the withdrawal was the priority. Syrian Foreign Minister Mevlut Cavusoglu also attended.
        """;

    private readonly AzuriteFixture _azurite;
    private readonly string _directory = Directory.CreateTempSubdirectory("factcheck-hosts-").FullName;
    private readonly EveryHost _hosts;

    public SameCheckInEveryHostTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _hosts = new EveryHost(azurite, _directory);
        File.WriteAllText(Path.Combine(_directory, "factcheck.yaml"), HouseFile);
        File.WriteAllText(Path.Combine(_directory, "story.md"), Draft);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_same_draft_and_house_file_give_the_same_flags_in_check_serve_and_CheckDraft()
    {
        var none = new Dictionary<string, string?>();
        var houseBlob = new Dictionary<string, string?> { ["FactCheck__HouseFile"] = "house/factcheck.yaml" };

        var check = await _hosts.CheckAsync("story.md", none, "--config", "factcheck.yaml");
        var serve = await _hosts.ServeAsync("story.md", none, configPath: "factcheck.yaml");
        var functions = await _hosts.FunctionsAsync("story.md", houseBlob, UploadHouseFileAsync);

        Assert.Contains(check.Flags, f => f.Rule == "spelling-variant" && f.Suggestion == "defence");
        Assert.Contains(check.Flags, f => f.Rule == "name-spelling-variant" && f.Suggestion == "Miqdad");
        Assert.Contains(check.Flags, f => f.Rule == "role-conflict" && f.Suggestion == "Turkish Foreign Minister");
        Assert.Equal(check.Flags, serve.Flags);
        Assert.Equal(check.Flags, functions.Flags);
        Assert.Equal("local,local,local", string.Join(",", check.Recognizer, serve.Recognizer, functions.Recognizer));
    }

    [Fact]
    public async Task Without_the_house_file_no_host_gives_the_house_only_flags()
    {
        File.Delete(Path.Combine(_directory, "factcheck.yaml"));
        var none = new Dictionary<string, string?>();

        var check = await _hosts.CheckAsync("story.md", none);
        var serve = await _hosts.ServeAsync("story.md", none);
        var functions = await _hosts.FunctionsAsync("story.md", none);

        Assert.DoesNotContain(check.Flags, f => f.Rule == "spelling-variant");
        Assert.DoesNotContain(check.Flags, f => f.Suggestion == "Miqdad");
        Assert.DoesNotContain(check.Flags, f => f.Rule == "role-conflict");
        Assert.Equal(check.Flags, serve.Flags);
        Assert.Equal(check.Flags, functions.Flags);
    }

    [Fact]
    public async Task FactCheck__Recognizer_azure_reaches_the_Language_endpoint_from_every_host()
    {
        // check would find the house file beside the draft; serve and CheckDraft only read the one they are given.
        File.Delete(Path.Combine(_directory, "factcheck.yaml"));
        await using var language = await FakeLanguageServer.StartAsync();
        language.Knows(new KnownName("Faisal Mekdad", "Person"), new KnownName("Miqdad", "Person"));
        var settings = new Dictionary<string, string?>
        {
            ["FactCheck__Recognizer"] = "azure",
            ["FactCheck__Language__Endpoint"] = language.Endpoint.ToString(),
            ["FACTCHECK_LANGUAGE_KEY"] = "test-key",
        };

        var check = await _hosts.CheckAsync("story.md", settings);
        var afterCheck = language.Requests.Count;
        var serve = await _hosts.ServeAsync("story.md", settings);
        var afterServe = language.Requests.Count;
        // serve cached the answer in the drafts account the Functions app shares; without it, CheckDraft must call too.
        var functions = await _hosts.FunctionsAsync("story.md", settings, blobs => blobs.GetBlobContainerClient("recognition-cache").DeleteIfExistsAsync());

        Assert.Equal("azure,azure,azure", string.Join(",", check.Recognizer, serve.Recognizer, functions.Recognizer));
        Assert.True(afterCheck > 0, "check did not call the Language endpoint.");
        Assert.True(afterServe > afterCheck, "serve did not call the Language endpoint.");
        Assert.True(language.Requests.Count > afterServe, "CheckDraft did not call the Language endpoint.");
        Assert.Equal(check.Flags, serve.Flags);
        Assert.Equal(check.Flags, functions.Flags);
    }

    private async Task UploadHouseFileAsync(BlobServiceClient blobs)
    {
        var container = blobs.GetBlobContainerClient("house");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("factcheck.yaml").UploadAsync(BinaryData.FromString(HouseFile), overwrite: true);
    }
}
