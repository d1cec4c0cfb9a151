using Azure.Storage.Blobs;
using FactCheck.Azure.Language;
using FactCheck.Azure.Profiles;
using FactCheck.Cli;
using FactCheck.Core.Configuration;
using FactCheck.Service;
using FactCheck.Service.Processing;
using FactCheck.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Functions.Tests.Profiles;

/// <summary>
/// The settings of the service hosts: the house file blob (<c>FactCheck__HouseFile</c>) read again when its ETag
/// changes, <c>FactCheck__MaxDraftBytes</c>, and bad values refused at startup by serve (exit 2) and the Functions app.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ServiceSettingsTests : IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly string _directory = Directory.CreateTempSubdirectory("factcheck-settings-").FullName;

    public ServiceSettingsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_house_file_blob_is_read_again_only_when_it_changes_and_a_broken_edit_keeps_the_last_good_one()
    {
        var blobs = new BlobServiceClient(_azurite.ConnectionString);
        var name = new HouseBlobName($"house-{Guid.NewGuid():N}"[..20], "factcheck.yaml");
        var container = blobs.GetBlobContainerClient(name.Container);
        var house = new BlobHouseSettings(blobs, name, NullLogger<BlobHouseSettings>.Instance);

        var beforeUpload = await house.CurrentAsync();
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient(name.Name);
        await blob.UploadAsync(BinaryData.FromString("locale: en-GB\n"), overwrite: true);
        var first = await house.CurrentAsync();
        var unchanged = await house.CurrentAsync();
        await blob.UploadAsync(BinaryData.FromString("locale: en-US\n"), overwrite: true);
        var edited = await house.CurrentAsync();
        await blob.UploadAsync(BinaryData.FromString("locale: fr-FR\n"), overwrite: true);
        var broken = await house.CurrentAsync();
        await blob.DeleteAsync();
        var deleted = await house.CurrentAsync();

        Assert.Null(beforeUpload.HouseLocale);
        Assert.Equal("en-GB", first.HouseLocale);
        Assert.Same(first, unchanged);
        Assert.Equal("en-US", edited.HouseLocale);
        Assert.Same(edited, broken);
        Assert.Null(deleted.HouseLocale);
    }

    [Fact]
    public async Task A_broken_house_file_with_no_good_version_before_it_fails_the_check_naming_line_and_column()
    {
        var blobs = new BlobServiceClient(_azurite.ConnectionString);
        var name = new HouseBlobName($"house-{Guid.NewGuid():N}"[..20], "factcheck.yaml");
        var container = blobs.GetBlobContainerClient(name.Container);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(name.Name).UploadAsync(BinaryData.FromString("locale: fr-FR\n"));

        var failure = await Assert.ThrowsAsync<ConfigurationException>(() => new BlobHouseSettings(blobs, name, NullLogger<BlobHouseSettings>.Instance).CurrentAsync());

        Assert.StartsWith($"{name}:1:9: unknown locale 'fr-FR'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactCheck__MaxDraftBytes_is_the_limit_of_the_Functions_app()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DraftsStorage"] = _azurite.ConnectionString,
            ["FactCheck:MaxDraftBytes"] = "2048",
        }).Build();

        await using var provider = new ServiceCollection().AddLogging().AddFactCheckFunctions(configuration).BuildServiceProvider();

        Assert.Equal(2048, provider.GetRequiredService<ServiceOptions>().MaxDraftBytes);
        Assert.Equal(2048, provider.GetRequiredService<CheckProfile>().MaxDraftBytes);
    }

    [Theory]
    [InlineData("FactCheck__Recognizer", "cloud", "Unknown recognizer 'cloud'")]
    [InlineData("FactCheck__Recognizer", "azure", "needs the Azure AI Language endpoint")]
    [InlineData("FactCheck__Language__Endpoint", "not a url", "FactCheck__Language__Endpoint: 'not a url' is not an http(s) URL")]
    [InlineData("FactCheck__MaxDraftBytes", "ten", "FactCheck__MaxDraftBytes: 'ten'")]
    [InlineData("FactCheck__HouseFile", "factcheck.yaml", "FactCheck__HouseFile: 'factcheck.yaml' is not container/blob")]
    public async Task A_bad_setting_stops_serve_with_exit_2_and_the_Functions_app_at_startup(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [setting] = value };
        var stderr = new StringWriter();
        var runner = new ServeRunner(new CliConsole(new StringWriter(), stderr), CliServices.Default with { GetSetting = settings.GetValueOrDefault });
        var code = await runner.RunAsync(new ServeOptions { Port = 0, Storage = _azurite.ConnectionString }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Append(new("DraftsStorage", _azurite.ConnectionString))).Build();
        var startup = Record.Exception(() => new ServiceCollection().AddLogging().AddFactCheckFunctions(configuration));

        Assert.Equal(ExitCodes.InputError, code);
        Assert.StartsWith("factcheck: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
        Assert.True(startup is RecognizerConfigurationException or CheckProfileException, $"startup threw {startup?.GetType().Name}");
        Assert.Contains(expected, startup!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_a_broken_config_file_exits_2_naming_line_and_column()
    {
        var config = Path.Combine(_directory, "factcheck.yaml");
        await File.WriteAllTextAsync(config, "locale: fr-FR\n");
        var stderr = new StringWriter();

        var code = await new ServeRunner(new CliConsole(new StringWriter(), stderr), CliServices.Default with { GetSetting = _ => null })
            .RunAsync(new ServeOptions { Port = 0, Storage = _azurite.ConnectionString, ConfigPath = config }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Equal($"factcheck: {config}:1:9: unknown locale 'fr-FR'; use one of: en-GB, en-US", stderr.ToString().TrimEnd());
    }
}
