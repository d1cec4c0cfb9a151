namespace FactCheck.Cli.Archive;

/// <summary>
/// Which archive file a command uses: <c>--archive FILE</c>, else the <c>FactCheck__Archive__Path</c> setting, else
/// <c>archive.db</c> in the user's data folder (<c>$XDG_DATA_HOME/factcheck</c>, or LocalApplicationData/factcheck).
/// The archive is one per machine or desk, not per folder of drafts, so it has no key in <c>factcheck.yaml</c>.
/// </summary>
public static class ArchiveLocation
{
    public const string SettingName = "FactCheck__Archive__Path";

    public const string FileName = "archive.db";

    /// <summary>The archive path and whether it was named explicitly (flag or setting) rather than defaulted.</summary>
    public static (string Path, bool Explicit) Resolve(string? flag, Func<string, string?> getSetting, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(getSetting);
        var named = flag ?? NonEmpty(getSetting(SettingName)) ?? NonEmpty(getSetting("FactCheck:Archive:Path"));
        if (named is not null)
        {
            return (System.IO.Path.GetFullPath(named, workingDirectory), true);
        }

        return (System.IO.Path.Combine(DataFolder(getSetting), FileName), false);
    }

    public static string DataFolder(Func<string, string?> getSetting)
    {
        ArgumentNullException.ThrowIfNull(getSetting);
        var root = NonEmpty(getSetting("XDG_DATA_HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return System.IO.Path.Combine(root, "factcheck");
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
