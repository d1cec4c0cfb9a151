namespace FactCheck.Infra.Tests;

/// <summary>Locates files of the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FactCheck.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
