using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

public sealed class SuppressionTests
{
    private static ExtractedDocument Read(string name, string source) => DocumentReader.Read(name, Encoding.UTF8.GetBytes(source));

    [Theory]
    [InlineData("draft.md", "Intro Cavusoglu.\n\n<!-- factcheck-disable -->\n\nQuoted Davutoglu.\n\n<!-- factcheck-enable -->\n\nAfter Davutoglu.\n")]
    [InlineData("draft.html", "<p>Intro Cavusoglu.</p><!-- factcheck-disable --><p>Quoted Davutoglu.</p><!-- factcheck-enable --><p>After Davutoglu.</p>")]
    public void Disable_and_enable_cover_the_text_between(string name, string source)
    {
        var document = Read(name, source);
        var suppression = Assert.Single(document.Suppressions);
        Assert.Empty(suppression.RuleIds);
        Assert.True(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 0)));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 1)));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Cavusoglu")));
    }

    [Theory]
    [InlineData("draft.md", "Intro.\n\n<!-- factcheck-disable name-mismatch, role-drift -->\n\nQuoted Davutoglu.\n\nAfter Davutoglu.\n")]
    [InlineData("draft.html", "<p>Intro.</p><!--factcheck-disable name-mismatch role-drift--><p>Quoted Davutoglu.</p><p>After Davutoglu.</p>")]
    public void Disable_without_enable_runs_to_the_end_for_the_named_rules(string name, string source)
    {
        var document = Read(name, source);
        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal(["name-mismatch", "role-drift"], suppression.RuleIds);
        Assert.Equal(document.Text.Length, suppression.End);
        Assert.True(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 0)));
        Assert.True(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 1)));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Intro")));
    }

    [Theory]
    [InlineData("draft.md", "First Davutoglu.\n\n<!-- factcheck-disable-next-line name-mismatch -- quoting the wire copy -->\nNext Davutoglu.\n\nLast Davutoglu.\n")]
    [InlineData("draft.html", "<p>First Davutoglu.</p>\n<!-- factcheck-disable-next-line name-mismatch -- quoting the wire copy -->\n<p>Next Davutoglu.</p><p>Last Davutoglu.</p>")]
    public void Disable_next_line_covers_only_the_next_block(string name, string source)
    {
        var document = Read(name, source);
        var suppression = Assert.Single(document.Suppressions);
        Assert.Equal(["name-mismatch"], suppression.RuleIds);
        var next = document.Blocks.Single(b => document.Text.Substring(b.Start, b.Length) == "Next Davutoglu.");
        Assert.Equal((next.Start, next.End), (suppression.Start, suppression.End));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 0)));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 2)));
    }

    [Fact]
    public void Enabling_one_rule_keeps_the_others_disabled()
    {
        var document = Read("draft.html", "<p>a</p><!-- factcheck-disable rule-a rule-b --><p>b</p><!-- factcheck-enable rule-a --><p>c</p>");
        var c = SourceText.IndexOf(document.Text, "c");
        var b = SourceText.IndexOf(document.Text, "b");
        Assert.Contains(document.Suppressions, s => Covers(s, b) && s.RuleIds.SequenceEqual(["rule-a", "rule-b"]));
        Assert.Contains(document.Suppressions, s => Covers(s, c) && s.RuleIds.SequenceEqual(["rule-b"]));
        Assert.DoesNotContain(document.Suppressions, s => Covers(s, c) && s.RuleIds.Contains("rule-a"));
    }

    [Fact]
    public void Inline_disable_next_line_covers_the_rest_of_its_paragraph()
    {
        var document = Read("draft.md", "Before Cavusoglu <!-- FactCheck-Disable-Next-Line --> after Davutoglu.\n\nNext Davutoglu.\n");
        var suppression = Assert.Single(document.Suppressions);
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Cavusoglu")));
        Assert.True(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 0)));
        Assert.False(Covers(suppression, SourceText.IndexOf(document.Text, "Davutoglu", 1)));
    }

    [Fact]
    public void Ordinary_comments_are_not_suppressions()
    {
        var document = Read("draft.md", "<!-- editor: check this -->\n\nText <!-- inline note --> here.\n");
        Assert.Empty(document.Suppressions);
        Assert.Equal("Text  here.", document.Text);
    }

    private static bool Covers(Suppression suppression, int offset) => offset >= suppression.Start && offset < suppression.End;
}
