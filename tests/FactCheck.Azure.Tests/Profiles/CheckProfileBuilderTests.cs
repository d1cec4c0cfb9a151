using FactCheck.Azure.Language;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Configuration;
using FactCheck.Core.Documents;
using FactCheck.Core.Rules;

namespace FactCheck.Azure.Tests.Profiles;

/// <summary>One precedence for every host: flag, then app setting, then house file, then default; each value checked once.</summary>
public sealed class CheckProfileBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("factcheck-profile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Settings_are_read_in_environment_or_configuration_form()
    {
        var settings = new Dictionary<string, string>
        {
            ["FactCheck:Recognizer"] = "Azure",
            ["FactCheck__Language__Endpoint"] = "https://example.cognitiveservices.azure.com/",
            ["FactCheck:Language:ApiVersion"] = "2024-11-01",
            ["FactCheck:Language:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["FactCheck__Language__Fallback"] = "local",
            ["FactCheck:MaxDraftBytes"] = "2048",
            ["FactCheck__HouseFile"] = "config/factcheck.yaml",
            ["FACTCHECK_LANGUAGE_KEY"] = "from-env",
        };

        var profile = CheckProfileBuilder.Build(new ProfileFlags(), name => settings.GetValueOrDefault(name));

        Assert.Equal("azure", profile.Recognizer.Recognizer);
        Assert.Equal(new Uri("https://example.cognitiveservices.azure.com/"), profile.Recognizer.Endpoint);
        Assert.Equal("2024-11-01", profile.Recognizer.ApiVersion);
        Assert.Equal("00000000-0000-0000-0000-000000000001", profile.Recognizer.ClientId);
        Assert.Equal("local", profile.Recognizer.Fallback);
        Assert.Equal("from-env", profile.Recognizer.Key);
        Assert.Equal(2048, profile.MaxDraftBytes);
        Assert.Equal(new HouseBlobName("config", "factcheck.yaml"), profile.HouseBlob);
    }

    [Fact]
    public void Without_flags_or_settings_every_value_is_the_default()
    {
        var profile = CheckProfileBuilder.Build(new ProfileFlags(), _ => null);

        Assert.Equal(new RecognizerOptions(), profile.Recognizer);
        Assert.Equal(DocumentReaderOptions.DefaultMaxBytes, profile.MaxDraftBytes);
        Assert.Same(CheckSettings.Default, profile.House);
        Assert.Null(profile.HouseBlob);
    }

    [Fact]
    public void Flags_win_over_settings_and_config_wins_over_the_house_blob()
    {
        var config = Path.Combine(_directory, "factcheck.yaml");
        File.WriteAllText(config, "locale: en-GB\n");
        var settings = new Dictionary<string, string>
        {
            ["FactCheck__Recognizer"] = "azure",
            ["FactCheck__Language__Endpoint"] = "https://setting.cognitiveservices.azure.com/",
            ["FactCheck__Language__ApiVersion"] = "2022-05-01",
            ["FactCheck__MaxDraftBytes"] = "2048",
            ["FactCheck__HouseFile"] = "config/factcheck.yaml",
        };
        var flags = new ProfileFlags
        {
            Recognizer = "local",
            Endpoint = "https://flag.cognitiveservices.azure.com/",
            ApiVersion = "2024-11-01",
            Fallback = "local",
            NoCache = true,
            MaxBytes = 4096,
            ConfigPath = config,
        };

        var profile = CheckProfileBuilder.Build(flags, settings.GetValueOrDefault);

        Assert.Equal("local", profile.Recognizer.Recognizer);
        Assert.Equal(new Uri("https://flag.cognitiveservices.azure.com/"), profile.Recognizer.Endpoint);
        Assert.Equal("2024-11-01", profile.Recognizer.ApiVersion);
        Assert.False(profile.Recognizer.UseCache);
        Assert.Equal(4096, profile.MaxDraftBytes);
        Assert.Equal("en-GB", profile.House.HouseLocale);
        Assert.Equal(config, profile.HouseFilePath);
        Assert.Null(profile.HouseBlob);
    }

    [Theory]
    [InlineData("--endpoint", "not a url")]
    [InlineData("--endpoint", "ftp://x.example")]
    [InlineData("FactCheck__Language__Endpoint", "not a url")]
    [InlineData("FactCheck__Language__Endpoint", "ftp://x.example")]
    public void A_bad_endpoint_is_refused_once_naming_where_it_came_from(string source, string endpoint)
    {
        var flags = source == "--endpoint" ? new ProfileFlags { Endpoint = endpoint } : new ProfileFlags();
        string? Setting(string name) => source != "--endpoint" && name == source ? endpoint : null;

        var failure = Assert.Throws<RecognizerConfigurationException>(() => CheckProfileBuilder.Build(flags, Setting));

        Assert.StartsWith($"{source}: '{endpoint}' is not an http(s) URL", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FactCheck__MaxDraftBytes", "ten")]
    [InlineData("FactCheck__MaxDraftBytes", "-5")]
    [InlineData("FactCheck__HouseFile", "factcheck.yaml")]
    [InlineData("FactCheck__HouseFile", "Config/factcheck.yaml")]
    [InlineData("FactCheck__HouseFile", "config/")]
    public void A_bad_setting_is_refused_naming_the_setting(string setting, string value)
    {
        var failure = Assert.Throws<CheckProfileException>(() => CheckProfileBuilder.Build(new ProfileFlags(), name => name == setting ? value : null));

        Assert.StartsWith($"{setting}: '{value}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_recognizer_setting_fails_when_the_recognizer_is_built_with_the_one_exception_type()
    {
        var profile = CheckProfileBuilder.Build(new ProfileFlags(), name => name == "FactCheck__Recognizer" ? "cloud" : null);

        var failure = Assert.Throws<RecognizerConfigurationException>(() => profile.CreateRecognizer());

        Assert.Contains("Unknown recognizer 'cloud'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_config_file_is_a_configuration_error()
    {
        var config = Path.Combine(_directory, "factcheck.yaml");
        File.WriteAllText(config, "locale: fr-FR\n");

        var failure = Assert.Throws<ConfigurationException>(() => CheckProfileBuilder.Build(new ProfileFlags { ConfigPath = config }, _ => null));

        Assert.Contains("unknown locale 'fr-FR'", failure.Message, StringComparison.Ordinal);
    }
}
