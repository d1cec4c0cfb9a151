using Azure.Core;
using Azure.Core.Pipeline;

namespace FactCheck.Azure.Language;

/// <summary>
/// Records what every attempt of one request got (an HTTP status, or the transport failure), so a request that
/// succeeded only after retries can say so in the report's diagnostics instead of hiding the service's trouble.
/// </summary>
internal sealed class AttemptLog
{
    public List<string> Outcomes { get; } = [];

    /// <summary>The per-retry policy that writes into the log attached to each message.</summary>
    public sealed class Policy : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            try
            {
                ProcessNext(message, pipeline);
                Record(message, null);
            }
            catch (Exception e)
            {
                Record(message, e);
                throw;
            }
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            try
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                Record(message, null);
            }
            catch (Exception e)
            {
                Record(message, e);
                throw;
            }
        }

        private static void Record(HttpMessage message, Exception? failure)
        {
            if (message.TryGetProperty(typeof(AttemptLog), out var value) && value is AttemptLog log)
            {
                log.Outcomes.Add(failure is null ? $"HTTP {message.Response.Status}" : failure.GetType().Name);
            }
        }
    }
}
