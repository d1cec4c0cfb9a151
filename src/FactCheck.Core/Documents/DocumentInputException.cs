namespace FactCheck.Core.Documents;

/// <summary>
/// The input cannot be checked (empty, binary, too large, corrupt, unsupported). <see cref="Exception.Message"/>
/// is one line that says what is wrong and what to do; hosts show it as is, never with a stack trace.
/// </summary>
public class DocumentInputException : Exception
{
    public DocumentInputException(string message) : base(message) { }

    public DocumentInputException(string message, Exception inner) : base(message, inner) { }
}
