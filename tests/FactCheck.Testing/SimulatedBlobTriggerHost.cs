using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FactCheck.Service.Processing;

namespace FactCheck.Testing;

/// <summary>
/// What the Functions host does around CheckDraft, reduced to its retry contract: a draft whose function throws is
/// delivered again (only once storage answers, since the host itself reads its queue there), up to
/// <see cref="MaxDequeueCount"/> times; then its trigger message goes to <c>webjobs-blobtrigger-poison</c>. Deliveries
/// may run concurrently (one event per upload, as Event Grid sends them); the function always sees the blob as it is
/// when it reads it, never the version whose upload raised the event.
/// </summary>
public sealed class SimulatedBlobTriggerHost(DraftProcessor processor, QueueServiceClient queues)
{
    public const string PoisonQueue = "webjobs-blobtrigger-poison";

    /// <summary>The host's default maxDequeueCount for blob triggers.</summary>
    public const int MaxDequeueCount = 5;

    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Exception> _failures = new();

    /// <summary>Deliveries per blob name, over all its events.</summary>
    public IReadOnlyDictionary<string, int> Attempts => _attempts;

    public IReadOnlyCollection<Exception> Failures => _failures;

    /// <summary>One delivery: runs the function; on an exception counts it and, at the limit, poisons the message.</summary>
    public async Task<DraftOutcome?> DeliverAsync(BlobClient blob)
    {
        var attempt = _attempts.AddOrUpdate(blob.Name, 1, (_, count) => count + 1);
        var outcome = await RunAsync(blob);
        if (outcome is null && attempt >= MaxDequeueCount)
        {
            await PoisonAsync(blob);
        }

        return outcome;
    }

    /// <summary>Delivers until the function completes or the message is poisoned.</summary>
    public async Task<DraftOutcome?> DeliverUntilDoneAsync(BlobClient blob)
    {
        while (true)
        {
            var outcome = await DeliverAsync(blob);
            if (outcome is not null || _attempts[blob.Name] >= MaxDequeueCount)
            {
                return outcome;
            }
        }
    }

    /// <summary>
    /// One event's message, retried on its own dequeue count until the function completes or the message is
    /// poisoned (null). Events for one blob name run side by side, as the host runs them.
    /// </summary>
    public async Task<DraftOutcome?> DeliverEventAsync(BlobClient blob)
    {
        for (var dequeueCount = 1; ; dequeueCount++)
        {
            _attempts.AddOrUpdate(blob.Name, 1, (_, count) => count + 1);
            if (await RunAsync(blob) is { } outcome)
            {
                return outcome;
            }

            if (dequeueCount >= MaxDequeueCount)
            {
                await PoisonAsync(blob);
                return null;
            }
        }
    }

    private async Task<DraftOutcome?> RunAsync(BlobClient blob)
    {
        try
        {
            return await processor.ProcessBlobAsync(blob);
        }
        catch (Exception e)
        {
            _failures.Enqueue(e);
            return null;
        }
    }

    /// <summary>The blob names in the poison queue, removing the messages (an operator's replay takes them).</summary>
    public async Task<IReadOnlyList<string>> TakePoisonedAsync()
    {
        var queue = queues.GetQueueClient(PoisonQueue);
        await queue.CreateIfNotExistsAsync();
        var names = new List<string>();
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(maxMessages: 32)).Value;
            if (messages.Length == 0)
            {
                return names;
            }

            foreach (var message in messages)
            {
                using var json = JsonDocument.Parse(message.Body);
                names.Add(json.RootElement.GetProperty("BlobName").GetString()!);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    public void Forget(string blobName) => _attempts.TryRemove(blobName, out _);

    private async Task PoisonAsync(BlobClient blob)
    {
        var queue = queues.GetQueueClient(PoisonQueue);
        await queue.CreateIfNotExistsAsync();
        var message = JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger",
            FunctionId = "Host.Functions.CheckDraft",
            BlobType = "BlockBlob",
            ContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
        });
        await queue.SendMessageAsync(message);
    }
}
