namespace FactCheck.Core.Entities;

/// <summary>The severity words a <see cref="RecognizerDiagnostic"/> uses.</summary>
public static class RecognizerDiagnosticSeverity
{
    public const string Warning = "warning";

    public const string Error = "error";
}
