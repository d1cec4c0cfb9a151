namespace FactCheck.Core.Names;

/// <summary>How strongly the words around a capitalized run make it a cited author.</summary>
internal enum CitationEvidence
{
    None,

    /// <summary>One author and a year or a numbered reference.</summary>
    Single,

    /// <summary>Co-authors, "et al.", "and colleagues" or a list of citations: a citation whatever the words are.</summary>
    Corroborated,
}
