namespace FactCheck.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepCliTests(CompiledTemplate template)
{
    [Fact]
    public void Build_succeeds_without_any_diagnostic()
    {
        Assert.True(template.Build.ExitCode == 0, template.Build.Describe());
        Assert.True(template.Build.StandardError.Trim().Length == 0, template.Build.Describe());
        Assert.DoesNotContain("Warning", template.Build.StandardError, StringComparison.Ordinal);
        Assert.NotEmpty(template.Resources);
    }

    [Fact]
    public void Lint_reports_no_diagnostic()
    {
        var lint = BicepCli.Run("lint", CompiledTemplate.MainBicep);

        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.True((lint.StandardOutput + lint.StandardError).Trim().Length == 0, lint.Describe());
    }

    [Fact]
    public void Template_uses_no_registry_modules_so_it_builds_offline()
    {
        var bicepFiles = Directory.GetFiles(RepositoryPaths.Combine("infra"), "*.bicep", SearchOption.AllDirectories);

        Assert.NotEmpty(bicepFiles);
        foreach (var file in bicepFiles)
        {
            Assert.DoesNotContain("br/public:", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
