namespace FactCheck.Cli.Archive;

/// <summary>An archive file the CLI cannot use (not SQLite, a newer schema, read-only, locked): one line naming the file, exit 2.</summary>
public sealed class ArchiveFileException : Exception
{
    public ArchiveFileException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
    }

    public ArchiveFileException()
    {
        Path = "";
    }

    public ArchiveFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
    }

    public string Path { get; }
}
