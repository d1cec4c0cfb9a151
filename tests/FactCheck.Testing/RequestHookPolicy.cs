using Azure.Core;
using Azure.Core.Pipeline;

namespace FactCheck.Testing;

/// <summary>
/// Runs <paramref name="hook"/> once, just before the first request that <paramref name="matches"/> after
/// <see cref="Arm"/> is sent: to make something else happen at an exact point between two of a check's requests.
/// </summary>
public sealed class RequestHookPolicy(Func<HttpMessage, bool> matches, Func<Task> hook) : HttpPipelinePolicy
{
    private int _armed;

    public bool Fired { get; private set; }

    public void Arm() => Volatile.Write(ref _armed, 1);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The hook runs on the asynchronous pipeline only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (matches(message) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Fired = true;
            await hook();
        }

        await ProcessNextAsync(message, pipeline);
    }
}
