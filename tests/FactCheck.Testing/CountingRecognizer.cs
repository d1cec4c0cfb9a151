using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Testing;

/// <summary>The local recognizer, counting its calls; can be told to fail like an unreachable Language service.</summary>
public sealed class CountingRecognizer : IEntityRecognizer
{
    private readonly LocalEntityRecognizer _inner = new();
    private int _calls;

    public string Name => _inner.Name;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>When set, every call throws this (after counting).</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, every call waits for this before answering (to line up concurrent checks).</summary>
    public Task? Gate { get; set; }

    /// <summary>When set, every call runs this first (after counting and the gate): to delay or fail one version of a draft.</summary>
    public Func<ExtractedDocument, Task>? BeforeAnswer { get; set; }

    public async Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        if (BeforeAnswer is { } before)
        {
            await before(document);
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return await _inner.RecognizeAsync(document, cancellationToken);
    }
}
