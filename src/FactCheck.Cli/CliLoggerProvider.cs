using Microsoft.Extensions.Logging;

namespace FactCheck.Cli;

/// <summary>Logs of <c>factcheck serve</c>, one line each on the CLI's error stream (so tests can capture them).</summary>
public sealed class CliLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;

    public CliLoggerProvider(TextWriter writer)
    {
        _writer = writer;
    }

    public ILogger CreateLogger(string categoryName) => new CliLogger(categoryName, _writer);

    public void Dispose()
    {
    }
}
