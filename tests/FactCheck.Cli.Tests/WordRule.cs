using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Cli.Tests;

/// <summary>A test rule that flags every occurrence of one word, so exit-code tests do not depend on real rules.</summary>
internal sealed class WordRule : IRule
{
    private readonly string _word;

    public WordRule(string word, Severity severity = Severity.Warning, string id = "test-word")
    {
        _word = word;
        Descriptor = new RuleDescriptor(id, "Test word", severity, $"Flags every \"{word}\".");
    }

    public RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Check(RuleContext context)
    {
        for (var offset = context.Text.IndexOf(_word, StringComparison.Ordinal);
             offset >= 0;
             offset = context.Text.IndexOf(_word, offset + _word.Length, StringComparison.Ordinal))
        {
            yield return new Finding(new TextSpan(offset, _word.Length, _word), $"\"{_word}\" is flagged by the test rule.")
            {
                Suggestion = "Cavusoglu",
            };
        }
    }
}
