namespace FactCheck.Core.Configuration;

/// <summary>
/// A <c>factcheck.yaml</c> that cannot be used. <see cref="Exception.Message"/> is one line in the compiler format
/// "file:line:column: problem" that hosts show as is (the CLI exits with code 2).
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string problem, Exception? inner = null)
        : base($"{file}:{line}:{column}: {problem}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The configuration file as the user named it.</summary>
    public string File { get; }

    /// <summary>1-based line of the offending key or value.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending key or value.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
