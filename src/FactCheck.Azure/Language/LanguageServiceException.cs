namespace FactCheck.Azure.Language;

/// <summary>
/// Azure AI Language could not recognize the entities. <see cref="Exception.Message"/> is one line that says what
/// happened and what to do; it never contains the key. <see cref="IsTransient"/> is true when the service was
/// unreachable, timed out or kept answering 408/429/5xx after the retries, so a fallback recognizer may take over.
/// </summary>
public sealed class LanguageServiceException : Exception
{
    public LanguageServiceException(string message, int status, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    /// <summary>The HTTP status of the last answer; 0 when there was none (network failure, timeout).</summary>
    public int Status { get; }

    /// <summary>The service's error code when it sent one ("InvalidArgument", "403").</summary>
    public string? ErrorCode { get; }

    public bool IsTransient { get; }
}
