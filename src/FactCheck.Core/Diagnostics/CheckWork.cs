namespace FactCheck.Core.Diagnostics;

/// <summary>
/// Counts the units of work a check does (tokens read, name comparisons, cluster candidates examined) so tests can
/// assert that a check grows linearly with its input without timing anything. Counting is off unless a test opens
/// a <see cref="Scope"/>; the flow-local slot keeps parallel tests from counting each other's work.
/// </summary>
internal static class CheckWork
{
    private static readonly AsyncLocal<Counter?> Current = new();

    // Reading the flow-local slot costs a thread-local lookup; the tokenizer counts every token, so checks outside a
    // test skip it while no scope is open anywhere.
    private static int _openScopes;

    /// <summary>Starts counting the work done on this logical call flow until the returned counter is disposed.</summary>
    public static Counter Scope()
    {
        var counter = new Counter();
        Interlocked.Increment(ref _openScopes);
        Current.Value = counter;
        return counter;
    }

    /// <summary>Records <paramref name="units"/> units of work on the open scope, if any.</summary>
    public static void Add(long units = 1)
    {
        if (Volatile.Read(ref _openScopes) == 0)
        {
            return;
        }

        var counter = Current.Value;
        if (counter is not null)
        {
            counter.Units += units;
        }
    }

    public sealed class Counter : IDisposable
    {
        private bool _disposed;

        public long Units { get; internal set; }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Current.Value = null;
            Interlocked.Decrement(ref _openScopes);
        }
    }
}
