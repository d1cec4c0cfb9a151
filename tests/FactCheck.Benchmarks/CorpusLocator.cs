namespace FactCheck.Benchmarks;

/// <summary>Finds and loads the benchmark corpus (never committed to the repository).</summary>
internal static class CorpusLocator
{
    public static (string Name, byte[] Bytes)[] Load()
    {
        var directory = Environment.GetEnvironmentVariable("FACTCHECK_CORPUS") ?? FindDefault();
        if (directory is null || !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException("Corpus not found: set FACTCHECK_CORPUS to a directory of .txt articles (default ../shared/corpus/articles beside the repository).");
        }

        return Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToArray();
    }

    private static string? FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
