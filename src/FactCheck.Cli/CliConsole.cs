namespace FactCheck.Cli;

/// <summary>
/// The process surroundings the CLI talks to, so tests run it in-process: standard streams, whether they are
/// terminals, the colour preference and the working directory.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input as bytes (a .docx can come through a pipe); null reads as empty.</summary>
    public Stream? Input { get; init; }

    public bool IsOutputTerminal { get; init; }

    public bool IsErrorTerminal { get; init; }

    /// <summary>True when <c>NO_COLOR</c> is set (https://no-color.org).</summary>
    public bool NoColor { get; init; }

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The real console of this process.</summary>
    public static CliConsole FromProcess() => new(Console.Out, Console.Error)
    {
        Input = Console.OpenStandardInput(),
        IsOutputTerminal = !Console.IsOutputRedirected,
        IsErrorTerminal = !Console.IsErrorRedirected,
        NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };
}
