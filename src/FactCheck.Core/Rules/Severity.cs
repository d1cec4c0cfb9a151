namespace FactCheck.Core.Rules;

/// <summary>How serious a flag is. Ordered: <c>Info &lt; Warning &lt; Error</c>.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>Lower-case names used in every output format and in configuration.</summary>
public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info":
                severity = Severity.Info;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "error":
                severity = Severity.Error;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
