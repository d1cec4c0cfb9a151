using Microsoft.Extensions.Logging;

namespace FactCheck.Cli;

/// <summary>Writes <c>level: category: message</c>; an exception adds its type and first line, never a stack trace.</summary>
public sealed class CliLogger : ILogger
{
    private readonly string _category;
    private readonly TextWriter _writer;

    public CliLogger(string category, TextWriter writer)
    {
        // "FactCheck.Service.Processing.DraftProcessor" → "DraftProcessor": the class is enough on a terminal.
        _category = category[(category.LastIndexOf('.') + 1)..];
        _writer = writer;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var level = logLevel switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
        var line = $"{level}: {_category}: {formatter(state, exception)}";
        if (exception is not null)
        {
            line += $" ({exception.GetType().Name}: {exception.Message.Split('\n')[0].Trim()})";
        }

        lock (_writer)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }
}
