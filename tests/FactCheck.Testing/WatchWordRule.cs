using System.Text.RegularExpressions;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Testing;

/// <summary>
/// A test rule that flags every whole-word occurrence of a watched word, suggesting its replacement and relating the
/// flag to where the replacement appears. Lets these tests produce flags without depending on the recognizer.
/// </summary>
public sealed class WatchWordRule : IRule
{
    private readonly IReadOnlyDictionary<string, string> _replacements;

    public WatchWordRule(string id, Severity severity, IReadOnlyDictionary<string, string> replacements)
    {
        Descriptor = new RuleDescriptor(id, "Watch word", severity, "Flags watched words (test only).");
        _replacements = replacements;
    }

    public RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (word, replacement) in _replacements)
        {
            var anchor = Regex.Match(context.Text, $@"\b{Regex.Escape(replacement)}\b");
            foreach (Match match in Regex.Matches(context.Text, $@"\b{Regex.Escape(word)}\b"))
            {
                yield return new Finding(new TextSpan(match.Index, match.Length, match.Value), $"'{word}' should probably be '{replacement}'.")
                {
                    Suggestion = replacement,
                    Evidence = [word],
                    Related = anchor.Success ? [new TextSpan(anchor.Index, anchor.Length, anchor.Value)] : [],
                };
            }
        }
    }
}
