using FactCheck.Core.Model;

namespace FactCheck.Core.Rules;

/// <summary>
/// The one place a rule is described: stable kebab-case id, title, default severity and a one-line description.
/// The README's rule table and the SARIF rule metadata are generated from descriptors.
/// </summary>
public sealed record RuleDescriptor(string Id, string Title, Severity DefaultSeverity, string Description)
{
    /// <summary>Relative path of the rule's documentation page.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";
}
