using FactCheck.Core.Model;

namespace FactCheck.Core.Names;

/// <summary>
/// A role stated with a person mention. <see cref="Office"/> is normalized ("foreign minister"),
/// <see cref="Nationality"/> is the country it belongs to when stated ("turkey"), and <see cref="Qualifier"/>
/// is a word that changes who may hold it ("former", "deputy", "acting").
/// </summary>
public sealed record RoleAttribution(TextSpan Span, string Office)
{
    public string? Nationality { get; init; }

    public string? Qualifier { get; init; }
}
