using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities;

/// <summary>
/// One mention of a person: the span is the name itself ("Mevlut Cavusoglu", "Bogdanov"), without title or
/// possessive; the title, role and nationality stated with it are attributes.
/// </summary>
public sealed record PersonMention(TextSpan Span)
{
    /// <summary>The name's words as written ("Faisal", "al-Mekdad").</summary>
    public IReadOnlyList<string> NameTokens { get; init; } = [];

    /// <summary>The whole name folded for comparison (see <see cref="NameFolding"/>): "mevlut cavusoglu".</summary>
    public string Folded { get; init; } = "";

    /// <summary>The folded family-name key used to link surname mentions to introductions: "cavusoglu", "mekdad".</summary>
    public string FoldedSurname { get; init; } = "";

    /// <summary>True when the mention gives a given name and a family name, so it can introduce a person.</summary>
    public bool IsFullName => NameTokens.Count >= 2;

    /// <summary>The title or office stated with the mention ("Turkish Foreign Minister"), if any.</summary>
    public RoleAttribution? Role { get; init; }

    /// <summary>The party, organisation or faith stated with the mention ("Democrat", "D-Calif.", "Apple"), if any.</summary>
    public AffiliationAttribution? Affiliation { get; init; }

    /// <summary>True when the mention lies in the headline block.</summary>
    public bool InHeadline { get; init; }
}

/// <summary>
/// The people of one document: each introduced by full name at least once, or known only by surname.
/// </summary>
public sealed record PersonCluster(string FoldedSurname, IReadOnlyList<PersonMention> Mentions)
{
    /// <summary>The first full-name mention, which anchors later surname mentions; null if never introduced.</summary>
    public PersonMention? Introduction => Mentions.FirstOrDefault(m => m.IsFullName);
}
