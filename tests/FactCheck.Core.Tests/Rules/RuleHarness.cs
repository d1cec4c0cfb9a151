using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

/// <summary>Runs one rule over a marked fixture through the whole pipeline (local recognizer, resolver, engine).</summary>
public static class RuleHarness
{
    public static IReadOnlyList<Flag> Run(IRule rule, string text, CheckSettings? settings = null)
    {
        var document = ExtractedDocument.FromPlainText(text, "fixture.txt");
        var checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine([rule]));
        return checker.CheckAsync(document, settings).GetAwaiter().GetResult().Flags;
    }

    /// <summary>Asserts the rule flags exactly the marked spans of <paramref name="marked"/>, no more, no fewer.</summary>
    public static IReadOnlyList<Flag> AssertFlagsExactly(IRule rule, string marked, CheckSettings? settings = null)
    {
        var fixture = MarkedText.Parse(marked);
        var flags = Run(rule, fixture.Text, settings);
        var expected = fixture.Spans.Select(s => $"{s.Offset}+{s.Length} '{fixture.Text.Substring(s.Offset, s.Length)}'").OrderBy(s => s).ToArray();
        var actual = flags.Select(f => $"{f.Location.Offset}+{f.Location.Length} '{f.Location.Text}'").OrderBy(s => s).ToArray();
        Assert.Equal(expected, actual);
        return flags;
    }
}
