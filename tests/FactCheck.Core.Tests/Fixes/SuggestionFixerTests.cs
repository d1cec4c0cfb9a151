using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Fixes;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Fixes;

public sealed class SuggestionFixerTests
{
    [Fact]
    public void Replaces_the_flagged_span_and_nothing_else()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke.\nLater Kravchenko left.\n");

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source);

        Assert.Equal("Minister Oleksiy Kovalenko spoke.\nLater Kovalenko left.\n", plan.FixedText);
        Assert.Equal(Encoding.UTF8.GetBytes(plan.FixedText), plan.FixedBytes);
        Assert.Equal(1, plan.FixedFlags);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Keeps_a_byte_order_mark_and_crlf_line_endings_byte_for_byte()
    {
        var text = "Minister Oleksiy Kovalenko spoke.\r\nLater Kravchenko left.\r\n\r\nEnd.";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var draft = FixFixture.Of("a.txt", bytes);

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source);

        var expected = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.Replace("Kravchenko", "Kovalenko", StringComparison.Ordinal))).ToArray();
        Assert.Equal(expected, plan.FixedBytes);
    }

    [Fact]
    public void Writes_back_in_utf16_when_the_file_is_utf16()
    {
        var text = "Minister Oleksiy Kovalenko spoke. Later Kravchenko left.\n";
        var draft = FixFixture.Of("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source);

        Assert.Equal(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text.Replace("Kravchenko", "Kovalenko", StringComparison.Ordinal))), plan.FixedBytes);
    }

    [Fact]
    public void Leaves_a_windows_1252_file_alone_when_its_encoding_cannot_hold_the_suggestion()
    {
        // 0xE9 is "é" in Windows-1252 and invalid UTF-8, so the file is read as Windows-1252; "ş" and "ğ" are not in it.
        var bytes = Encoding.ASCII.GetBytes("Caf\u0000 talks: Minister Mevlut Cavusoglu spoke. Later Davutoglu left.\n");
        bytes[3] = 0xE9;
        var draft = FixFixture.Of("a.txt", bytes);

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Davutoglu", "Çavuşoğlu")), draft.Source);

        Assert.False(plan.HasChanges);
        Assert.Equal(bytes, plan.FixedBytes);
        Assert.Contains("cannot hold", Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_windows_1252_file_back_in_windows_1252()
    {
        var bytes = Encoding.ASCII.GetBytes("Caf\u0000 talks: Minister Jos\u0000 Mar\u0000a spoke. Later Maria left.\n");
        bytes[3] = 0xE9;
        bytes[24] = 0xE9;
        bytes[29] = 0xED;
        var draft = FixFixture.Of("a.txt", bytes);

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Maria", "María")), draft.Source);

        Assert.Equal(1, plan.FixedFlags);
        var expected = bytes.Take(bytes.Length - "Maria left.\n".Length).Concat(new byte[] { (byte)'M', (byte)'a', (byte)'r', 0xED, (byte)'a' }).Concat(Encoding.ASCII.GetBytes(" left.\n")).ToArray();
        Assert.Equal(expected, plan.FixedBytes);
    }

    [Fact]
    public void Overlapping_suggestions_apply_the_first_in_source_order_whatever_the_report_order()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke. Later Oleksiy Kravchenko left.\n");
        var whole = draft.Flag("Oleksiy Kravchenko", "Oleksiy Kovalenko", rule: "name-spelling-variant");
        var surname = draft.Flag("Kravchenko", "Kovalenko", rule: "name-mismatch");

        var forward = SuggestionFixer.Plan(draft.Report(whole, surname), draft.Source);
        var backward = SuggestionFixer.Plan(draft.Report(surname, whole), draft.Source);

        Assert.Equal(forward.FixedBytes, backward.FixedBytes);
        Assert.Equal("name-spelling-variant", Assert.Single(forward.Edits).Flags[0].Rule);
        var skipped = Assert.Single(forward.Skipped);
        Assert.Equal("name-mismatch", skipped.Flag.Rule);
        Assert.Contains("overlaps the name-spelling-variant suggestion", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(backward.Skipped).Flag, skipped.Flag);
    }

    [Fact]
    public void Two_flags_suggesting_the_same_replacement_for_one_span_make_one_edit()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke. Later Kravchenko left.\n");

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko", "name-mismatch"), draft.Flag("Kravchenko", "Kovalenko", "headline-body")), draft.Source);

        Assert.Single(plan.Edits);
        Assert.Equal(2, plan.FixedFlags);
        Assert.Equal("Minister Oleksiy Kovalenko spoke. Later Kovalenko left.\n", plan.FixedText);
    }

    [Fact]
    public void Fixes_inside_markdown_emphasis_and_keeps_the_markup()
    {
        var draft = FixFixture.Utf8("a.md", "# Talks\n\nMinister *Oleksiy Kovalenko* spoke.\n\nLater **Kravchenko** left.\n");

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Kravchenko", "Kovalenko")), draft.Source);

        Assert.Equal("# Talks\n\nMinister *Oleksiy Kovalenko* spoke.\n\nLater **Kovalenko** left.\n", plan.FixedText);
    }

    [Fact]
    public void Does_not_rewrite_a_name_the_html_spells_with_an_entity()
    {
        var draft = FixFixture.Utf8("a.html", "<p>Minister Mevlut Cavusoglu spoke.</p>\n<p>Later Dav&#117;toglu left, and Davutoglu came back.</p>\n");

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Davutoglu", "Cavusoglu"), draft.Flag("Davutoglu", "Cavusoglu", occurrence: 1)), draft.Source);

        Assert.Equal("<p>Minister Mevlut Cavusoglu spoke.</p>\n<p>Later Dav&#117;toglu left, and Cavusoglu came back.</p>\n", plan.FixedText);
        Assert.Contains("as plain characters", Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_join_a_name_across_a_wrapped_line()
    {
        // Wire copy hard-wrapped at 64 columns: each line ends where the next word would not have fitted.
        var wrapped = string.Join('\n',
            "Minister Oleksiy Kovalenko said on Thursday that the crossings at",
            "the border would reopen within a week, and his deputy, Oleksiy",
            "Kravchenko, said that freight would move first and cars later,",
            "with buses to follow at the end of the month if all went well.") + "\n";
        var draft = FixFixture.Utf8("a.txt", wrapped);
        Assert.Contains("Oleksiy Kravchenko", draft.Document.Text, StringComparison.Ordinal);

        var plan = SuggestionFixer.Plan(draft.Report(draft.Flag("Oleksiy Kravchenko", "Oleksiy Kovalenko")), draft.Source);

        Assert.False(plan.HasChanges);
        Assert.Equal(draft.Bytes, plan.FixedBytes);
    }

    [Fact]
    public void A_flag_without_a_suggestion_or_one_that_already_reads_it_changes_nothing()
    {
        var draft = FixFixture.Utf8("a.txt", "Minister Oleksiy Kovalenko spoke.\n");
        var plain = draft.Flag("Kovalenko", "x") with { Suggestion = null };

        var plan = SuggestionFixer.Plan(draft.Report(plain, draft.Flag("Kovalenko", "Kovalenko")), draft.Source);

        Assert.False(plan.HasChanges);
        Assert.Equal("the text already reads the suggestion", Assert.Single(plan.Skipped).Reason);
    }
}
