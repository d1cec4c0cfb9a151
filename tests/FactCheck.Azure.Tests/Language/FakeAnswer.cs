using System.Text.Json;

namespace FactCheck.Azure.Tests.Language;

/// <summary>A scripted answer: a status with optional body and headers, after an optional delay. A null status
/// means "answer normally, but after the delay". <see cref="BodyFrom"/>, when set, builds the body from the
/// request instead of <see cref="Body"/>.</summary>
public sealed record FakeAnswer(int? Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public Func<RecordedRequest, string>? BodyFrom { get; init; }

    public static FakeAnswer Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""", headers);

    /// <summary>
    /// An error the way a careless gateway writes one: the request headers in the message as "Name: value" lines
    /// and, in the inner error, as a JSON object serialized into the string (so a key with '+' or '/' arrives
    /// escaped twice, <c>\\u002B</c>).
    /// </summary>
    public static FakeAnswer EchoingHeaders(int status, string code) => new(status)
    {
        BodyFrom = request => JsonSerializer.Serialize(new
        {
            error = new
            {
                code,
                message = "Invalid request for headers " + string.Join("; ", request.Headers.Select(h => $"{h.Key}: {h.Value}")),
                innererror = new
                {
                    code = "InvalidHeaders",
                    message = "Request headers were " + JsonSerializer.Serialize(request.Headers),
                },
            },
        }),
    };
}
