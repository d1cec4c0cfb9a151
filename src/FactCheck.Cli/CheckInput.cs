namespace FactCheck.Cli;

/// <summary>
/// One thing to check: a file (<see cref="FullPath"/> set), standard input, or a path argument that is already
/// known to be unusable (<see cref="Error"/> set). <see cref="DisplayPath"/> is the path as the user wrote it.
/// </summary>
public sealed record CheckInput(string DisplayPath)
{
    public const string StdinName = "<stdin>";

    public string? FullPath { get; init; }

    public bool IsStdin { get; init; }

    public string? Error { get; init; }
}
