using Azure.Core;
using Azure.Core.Pipeline;

namespace FactCheck.Testing;

/// <summary>
/// A crash injected into the storage pipeline: while armed, every write to one table (not its reads, not other tables)
/// throws before it reaches storage, the way a worker dies between two writes. The exception is not one the SDK
/// retries, so the caller sees it at once.
/// </summary>
public sealed class ArticleWriteCrashPolicy(string tableName) : HttpPipelinePolicy
{
    private int _remaining;

    public int Crashes { get; private set; }

    /// <summary>Crashes the next <paramref name="writes"/> writes to the table (int.MaxValue: until disarmed).</summary>
    public void Arm(int writes) => Volatile.Write(ref _remaining, writes);

    public void Disarm() => Volatile.Write(ref _remaining, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfCrashing(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfCrashing(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfCrashing(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        var isWrite = message.Request.Method != RequestMethod.Get;
        var isTable = path.Contains("/" + tableName + "(", StringComparison.Ordinal) || path.EndsWith("/" + tableName, StringComparison.Ordinal);
        if (isWrite && isTable && Volatile.Read(ref _remaining) > 0)
        {
            Interlocked.Decrement(ref _remaining);
            Crashes++;
            throw new InvalidOperationException($"Injected crash before writing to {tableName}.");
        }
    }
}
