namespace FactCheck.Core.Model;

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
    /// <summary>
    /// The threshold a check fails at unless told otherwise, the same for the CLI and the HTTP API: warnings are the
    /// flags an editor must look at before publishing, and no shipped rule reports errors by default.
    /// </summary>
    public const Severity DefaultFailOn = Severity.Warning;

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

    /// <summary>A fail-on threshold: error, warning or info, or none (null: never fail on flags).</summary>
    public static bool TryParseThreshold(string? text, out Severity? threshold)
    {
        threshold = null;
        if (string.Equals(text?.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (TryParse(text, out var severity))
        {
            threshold = severity;
            return true;
        }

        return false;
    }
}
