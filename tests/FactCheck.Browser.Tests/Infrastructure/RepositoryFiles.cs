namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from (samples, docs) and where test artifacts go.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary><c>TestResults/</c> beside the test assembly: screenshots a CI run can keep.</summary>
    public static string Artifact(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run inside the FactCheck repository (no FactCheck.sln above them).");
    }
}
