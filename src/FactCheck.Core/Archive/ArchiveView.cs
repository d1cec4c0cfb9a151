namespace FactCheck.Core.Archive;

/// <summary>
/// What the archive knows about the people of one draft, fetched in one batched lookup before the rules run, so
/// rules read it synchronously and never query the store themselves.
/// </summary>
public sealed class ArchiveView
{
    public ArchiveView(ArchiveLookup lookup)
    {
        Lookup = lookup;
    }

    /// <summary>No archive configured, or nothing in it for this draft.</summary>
    public static ArchiveView None { get; } = new(ArchiveLookup.Empty);

    public ArchiveLookup Lookup { get; }

    public bool IsEmpty => Lookup.Spellings.Count == 0 && Lookup.Offices.Count == 0 && Lookup.Decisions.Count == 0;
}
