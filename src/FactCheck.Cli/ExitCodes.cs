namespace FactCheck.Cli;

/// <summary>
/// What <c>factcheck</c> returns. When several apply, the highest wins: an internal error beats an input
/// error, which beats findings (a run that could not read a file must not look like a clean or merely flagged run).
/// </summary>
public static class ExitCodes
{
    /// <summary>Every file was checked and nothing is at or above the <c>--fail-on</c> threshold.</summary>
    public const int Clean = 0;

    /// <summary>Some flag is at or above the <c>--fail-on</c> threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage (unknown option, missing path) or an input that could not be checked.</summary>
    public const int InputError = 2;

    /// <summary>A bug in FactCheck: reported as one line, never a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Interrupted (Ctrl+C): the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
