namespace FactCheck.Azure.Tests.Language;

/// <summary>A scripted answer: a status with optional body and headers, after an optional delay. A null status
/// means "answer normally, but after the delay".</summary>
public sealed record FakeAnswer(int? Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeAnswer Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""", headers);
}
