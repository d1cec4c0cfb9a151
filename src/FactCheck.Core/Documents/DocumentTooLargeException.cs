using System.Globalization;

namespace FactCheck.Core.Documents;

/// <summary>
/// A draft over the size limit. The message says only what is wrong and the host-neutral fix (split it); how to raise
/// the limit is each host's to say in its own terms (<c>--max-size</c> on the command line, <c>FactCheck__MaxDraftBytes</c>
/// in the Functions app), from <see cref="MaxBytes"/>.
/// </summary>
public sealed class DocumentTooLargeException : DocumentInputException
{
    public DocumentTooLargeException(string name, long? length, long maxBytes)
        : base(Describe(name, length, maxBytes) + ".")
    {
        Name = name;
        Length = length;
        MaxBytes = maxBytes;
    }

    public string Name { get; }

    /// <summary>The draft's length in bytes, when known before reading it all.</summary>
    public long? Length { get; }

    public long MaxBytes { get; }

    /// <summary>The message with the host's way to raise the limit: <c>WithAdvice("raise --max-size")</c>.</summary>
    public string WithAdvice(string raiseTheLimit) => $"{Describe(Name, Length, MaxBytes)} or {raiseTheLimit}.";

    private static string Describe(string name, long? length, long maxBytes) => length is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"{name}: the file is {known:N0} bytes, over the {maxBytes:N0}-byte limit; split it")
        : string.Create(CultureInfo.InvariantCulture, $"{name}: the file is over the {maxBytes:N0}-byte limit; split it");
}
