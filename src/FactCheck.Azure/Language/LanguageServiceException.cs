using Azure;

namespace FactCheck.Azure.Language;

/// <summary>
/// Azure AI Language could not recognize the entities. <see cref="Exception.Message"/> is one line that says what
/// happened and what to do; it never contains the key. <see cref="RequestFailedException.Status"/> is the HTTP status
/// of the last answer (0 when there was none: network failure, timeout, no token) and
/// <see cref="RequestFailedException.ErrorCode"/> the service's error code when it sent one ("InvalidArgument", "403").
/// <see cref="IsTransient"/> is true when the service was unreachable, timed out or kept answering 408/429/5xx after
/// the retries, so a fallback recognizer may take over.
/// </summary>
/// <remarks>
/// A <see cref="RequestFailedException"/>, as the Azure SDK guidelines ask of a service client's failures, so a host
/// that classifies Azure failures (503 for an outage) sees this one without knowing FactCheck's Language client.
/// </remarks>
public sealed class LanguageServiceException : RequestFailedException
{
    public LanguageServiceException(string message, int status, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
        IsTransient = isTransient;
    }

    public bool IsTransient { get; }
}
