using FactCheck.Core.Model;

namespace FactCheck.Core.Names;

/// <summary>
/// The party, organisation or faith a draft states with a person mention. <see cref="Key"/> is folded and normalised
/// ("democratic" for "Democrat", "(D-Calif.)" and "Democratic Party"; "labour" for "Labour Party"), the span's text
/// is the display as written.
/// </summary>
public sealed record AffiliationAttribution(TextSpan Span, string Key)
{
    public string Display => Span.Text;
}
