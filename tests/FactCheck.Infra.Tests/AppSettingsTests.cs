using System.Reflection;
using System.Text.Json.Nodes;
using FactCheck.Azure.Configuration;

namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    /// <summary>Names in SettingNames that must not be app settings in Azure: the local-only Language key variable, and
    /// the bare connection name (a value there would be a connection string, i.e. a key).</summary>
    private static readonly string[] LocalOnly = [SettingNames.LanguageKeyEnvironmentVariable, SettingNames.DraftsStorageConnection];

    public static TheoryData<string> SettingsTheCodeReads()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllSettingNames().Except(LocalOnly))
        {
            data.Add(name);
        }

        return data;
    }

    private JsonObject Settings => template.Single("Microsoft.Web/sites/config").Properties;

    [Fact]
    public void SettingNames_lists_settings_to_check()
    {
        Assert.True(AllSettingNames().Count() > LocalOnly.Length);
    }

    [Theory]
    [MemberData(nameof(SettingsTheCodeReads))]
    public void Every_setting_the_code_reads_is_set(string name)
    {
        Assert.True(Settings.ContainsKey(name), $"The Bicep does not set {name}, which the code reads (SettingNames).");
        Assert.False(string.IsNullOrWhiteSpace(Settings[name]?.GetValue<string>()), $"{name} is empty.");
    }

    [Fact]
    public void Local_only_settings_are_not_set_in_Azure()
    {
        foreach (var name in LocalOnly)
        {
            Assert.False(Settings.ContainsKey(name), $"{name} must not be set in Azure; the app uses its managed identity.");
        }
    }

    [Fact]
    public void Drafts_and_host_storage_connect_with_the_managed_identity()
    {
        Assert.Equal("managedidentity", Value(SettingNames.DraftsStorageCredential));
        Assert.Equal("managedidentity", Value("AzureWebJobsStorage__credential"));
        Assert.Equal("[parameters('identityClientId')]", Value(SettingNames.DraftsStorageClientId));
        Assert.Equal("[parameters('identityClientId')]", Value("AzureWebJobsStorage__clientId"));
        Assert.Equal("[parameters('identityClientId')]", Value(SettingNames.LanguageClientId));
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Contains($"primaryEndpoints.{service}", Value($"AzureWebJobsStorage__{service}ServiceUri"), StringComparison.Ordinal);
            Assert.Contains($"primaryEndpoints.{service}", Value($"DraftsStorage__{service}ServiceUri"), StringComparison.Ordinal);
        }

        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"), "A plain AzureWebJobsStorage setting would be a connection string with a key.");
    }

    [Fact]
    public void Recognizer_is_Azure_Language_at_the_deployed_endpoint()
    {
        Assert.Equal("azure", Value(SettingNames.Recognizer));
        Assert.Equal("[parameters('languageEndpoint')]", Value(SettingNames.LanguageEndpoint));
        Assert.Equal("[parameters('languageApiVersion')]", Value(SettingNames.LanguageApiVersion));
        Assert.Equal("[string(parameters('maxDraftBytes'))]", Value(SettingNames.MaxDraftBytes));
        Assert.Equal("none", Value(SettingNames.LanguageFallback));
    }

    [Fact]
    public void The_house_file_is_a_blob_in_a_container_the_app_may_read()
    {
        Assert.Equal("[parameters('houseFile')]", Value(SettingNames.HouseFile));
        var passed = ArmResource.Find(template.Module("functionapp").Node, "properties.parameters.houseFile.value")?.GetValue<string>();
        Assert.Equal("[format('{0}/factcheck.yaml', variables('houseFileContainerName'))]", passed);
    }

    [Fact]
    public void The_draft_sweep_runs_every_five_minutes()
    {
        // Six NCRONTAB fields, seconds first: the Functions host refuses to index SweepDrafts without a valid schedule.
        Assert.Equal("0 */5 * * * *", Value(SettingNames.SweepSchedule));
    }

    [Fact]
    public void Telemetry_authenticates_with_the_managed_identity()
    {
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", Value("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.Contains("ConnectionString", Value(SettingNames.ApplicationInsightsConnectionString), StringComparison.Ordinal);
    }

    private string Value(string name) =>
        Settings[name]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"App setting {name} is missing.");

    private static IEnumerable<string> AllSettingNames() =>
        typeof(SettingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);
}
