using FactCheck.Core.Fixes;

namespace FactCheck.Core.Tests.Fixes;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void One_edit_is_one_hunk_with_three_lines_of_context()
    {
        var draft = FixFixture.Utf8("drafts/a.txt", "1\n2\n3\n4\nLater Kravchenko left.\n6\n7\n8\n9\n");

        var diff = UnifiedDiff.Write(SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source));

        Assert.Equal("""
            --- a/drafts/a.txt
            +++ b/drafts/a.txt
            @@ -2,7 +2,7 @@
             2
             3
             4
            -Later Kravchenko left.
            +Later Kovalenko left.
             6
             7
             8

            """.ReplaceLineEndings("\n"), diff);
    }

    [Fact]
    public void Edits_far_apart_are_separate_hunks_and_near_ones_share_one()
    {
        var lines = Enumerable.Range(1, 30).Select(i => i switch { 3 => "Kravchenko one", 9 => "Kravchenko two", 25 => "Kravchenko three", _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var draft = FixFixture.Utf8("a.txt", string.Join('\n', lines) + "\n");
        var report = draft.Report(draft.Flag("Kravchenko", "Kovalenko"), draft.Flag("Kravchenko", "Kovalenko", occurrence: 1), draft.Flag("Kravchenko", "Kovalenko", occurrence: 2));

        var diff = UnifiedDiff.Write(SuggestionFixer.Plan(report, draft.Source));

        Assert.Equal(["@@ -1,12 +1,12 @@", "@@ -22,7 +22,7 @@"], diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(3, diff.Split('\n').Count(l => l.StartsWith("+Kovalenko", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_marked()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke.\nLater Kravchenko left.");

        var diff = UnifiedDiff.Write(SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source));

        Assert.EndsWith("-Later Kravchenko left.\n\\ No newline at end of file\n+Later Kovalenko left.\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_lines_keep_their_carriage_returns()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke.\r\nLater Kravchenko left.\r\n");

        var diff = UnifiedDiff.Write(SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source));

        Assert.Contains("\n-Later Kravchenko left.\r\n+Later Kovalenko left.\r\n", diff, StringComparison.Ordinal);
        Assert.Contains("\n Minister Oleksiy Kovalenko spoke.\r\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_edits_has_an_empty_diff()
    {
        var draft = FixFixture.Utf8("a.txt", "Nothing here.\n");

        Assert.Equal(string.Empty, UnifiedDiff.Write(SuggestionFixer.Plan(draft.Report(), draft.Source)));
    }
}
