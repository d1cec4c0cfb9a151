using FactCheck.Core.Model;

namespace FactCheck.Core.Rules;

/// <summary>
/// One consistency check. Adding a rule is one class implementing this plus its tests, and one line in
/// <see cref="RuleCatalog"/>.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Check(RuleContext context);
}
