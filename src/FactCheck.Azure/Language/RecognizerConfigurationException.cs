namespace FactCheck.Azure.Language;

/// <summary>The recognizer settings are incomplete or wrong; the message names the setting and the fix.</summary>
public sealed class RecognizerConfigurationException : Exception
{
    public RecognizerConfigurationException(string message)
        : base(message)
    {
    }
}
