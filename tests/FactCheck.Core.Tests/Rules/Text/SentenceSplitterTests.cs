using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Tests.Rules.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("Dr. Ruiz arrived. She spoke.", new[] { "Dr. Ruiz arrived.", "She spoke." })]
    [InlineData("Maj. Gen. Ali Haidar arrived. He spoke.", new[] { "Maj. Gen. Ali Haidar arrived.", "He spoke." })]
    [InlineData("Insp. Ruiz and Cpl. Haidar arrived. They spoke.", new[] { "Insp. Ruiz and Cpl. Haidar arrived.", "They spoke." })]
    [InlineData("The U.S. Army said so. Others agreed.", new[] { "The U.S. Army said so.", "Others agreed." })]
    [InlineData("The U.A.E. Army said so. Others agreed.", new[] { "The U.A.E. Army said so.", "Others agreed." })]
    [InlineData("Rivals, e.g. Acme, said so. Others agreed.", new[] { "Rivals, e.g. Acme, said so.", "Others agreed." })]
    [InlineData("J. Smith wrote it. Others read it.", new[] { "J. Smith wrote it.", "Others read it." })]
    [InlineData("See Fig. 3 for details. It shows the rise.", new[] { "See Fig. 3 for details.", "It shows the rise." })]
    [InlineData("Talks resume on Sept. 3 in Geneva. Both sides agreed.", new[] { "Talks resume on Sept. 3 in Geneva.", "Both sides agreed." })]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, string[] sentences) => Assert.Equal(sentences, Split(text));

    [Theory]
    [InlineData("They sat in the sun. Then they left.", new[] { "They sat in the sun.", "Then they left." })]
    [InlineData("She ate a fig. Then she left.", new[] { "She ate a fig.", "Then she left." })]
    [InlineData("Voters said no. The minister conceded.", new[] { "Voters said no.", "The minister conceded." })]
    [InlineData("He asked \"why?\" The room fell silent.", new[] { "He asked \"why?\"", "The room fell silent." })]
    [InlineData("Prices rose (again.) Buyers waited!  Sellers did not.", new[] { "Prices rose (again.)", "Buyers waited!", "Sellers did not." })]
    public void A_full_stop_after_an_ordinary_word_ends_a_sentence(string text, string[] sentences) => Assert.Equal(sentences, Split(text));

    [Fact]
    public void Splits_only_inside_the_given_range_and_trims_white_space()
    {
        const string Text = "Skip this. Dr. Ruiz arrived.  She spoke.  Skip that.";
        var start = Text.IndexOf("Dr.", StringComparison.Ordinal);
        var end = Text.IndexOf("Skip that", StringComparison.Ordinal);

        var sentences = SentenceSplitter.Split(Text, start, end).Select(s => Text[s.Start..s.End]);

        Assert.Equal(["Dr. Ruiz arrived.", "She spoke."], sentences);
    }
}
