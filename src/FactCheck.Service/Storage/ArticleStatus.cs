namespace FactCheck.Service.Storage;

/// <summary>The state of a draft's latest check, as written in the <c>Articles</c> table.</summary>
public enum ArticleStatus
{
    /// <summary>Checked; the row's content hash and the <c>Flags</c> partition describe that content.</summary>
    Checked,

    /// <summary>The draft cannot be checked (empty, binary, too large, corrupt); the reason says why. Not retried.</summary>
    Rejected,

    /// <summary>The last attempt hit a transient failure (storage, Language); the host retries.</summary>
    Failed,
}
