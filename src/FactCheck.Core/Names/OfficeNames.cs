namespace FactCheck.Core.Names;

/// <summary>
/// One spelling per office for comparison, shared by the role rules and the archive: "defence" and "defense" are one
/// office, so a British and an American story about the same minister agree.
/// </summary>
public static class OfficeNames
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["defence"] = "defense",
        ["labour"] = "labor",
    };

    public static string Normalize(string foldedOffice) =>
        string.Join(' ', foldedOffice.Split(' ').Select(w => Spellings.TryGetValue(w, out var us) ? us : w));

    /// <summary>An unqualified role whose office only one person holds at a time, normalized; null otherwise.</summary>
    public static string? SingleHolderOffice(RoleAttribution? role) =>
        role is { Qualifier: null } && Lexicon.Shared.Offices.Contains(role.Office) ? Normalize(role.Office) : null;
}
