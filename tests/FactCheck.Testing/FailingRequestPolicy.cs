using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FactCheck.Testing;

/// <summary>
/// A storage fault injected per call (before the SDK's retries): while armed, every request that
/// <paramref name="matches"/> fails with a 503 as if the service were unavailable, and nothing else is touched.
/// </summary>
public sealed class FailingRequestPolicy(Func<HttpMessage, bool> matches) : HttpPipelinePolicy
{
    private volatile bool _armed;
    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    public void Arm() => _armed = true;

    public void Disarm() => _armed = false;

    /// <summary>A download (GET) of the blob whose path ends in <paramref name="blobName"/>; its properties (HEAD) still answer.</summary>
    public static FailingRequestPolicy DownloadsOf(string blobName) =>
        new(message => message.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith("/" + blobName, StringComparison.Ordinal));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfFailing(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfFailing(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfFailing(HttpMessage message)
    {
        if (_armed && matches(message))
        {
            Interlocked.Increment(ref _failures);
            throw new RequestFailedException(503, "Injected: the blob service is unavailable.");
        }
    }
}
