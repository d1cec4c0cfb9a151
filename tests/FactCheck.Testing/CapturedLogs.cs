using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FactCheck.Testing;

/// <summary>
/// Everything a host would log: ILogger output (message, state and exception text) and every Azure SDK event
/// (Azure.Core's event sources at Verbose, headers and all), as plain text to search.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly AzureEventSourceListener _azure;

    public CapturedLogs()
    {
        _azure = new AzureEventSourceListener((e, message) => Lines.Enqueue($"azure {e.EventSource.Name} {e.EventName}: {message}"), EventLevel.Verbose);
    }

    public ConcurrentQueue<string> Lines { get; } = new();

    public string Text => string.Join('\n', Lines);

    public ILogger<T> For<T>() => new Logger<T>(new LoggerFactory([this]));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Lines);

    public void Dispose() => _azure.Dispose();

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{properties}] {exception}");
        }
    }
}
