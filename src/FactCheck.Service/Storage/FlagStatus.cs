namespace FactCheck.Service.Storage;

/// <summary>A flag's review state, as written in the <c>Flags</c> table.</summary>
public enum FlagStatus
{
    /// <summary>Present in the latest check and not yet settled by a reviewer.</summary>
    Open,

    /// <summary>A reviewer agreed it is a real problem.</summary>
    Accepted,

    /// <summary>A reviewer decided it is a false positive.</summary>
    Dismissed,

    /// <summary>No longer present in the latest check of the draft.</summary>
    Resolved,
}
