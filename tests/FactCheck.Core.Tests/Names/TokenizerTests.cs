using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Text).ToArray();

    private static Token Word(string text, string word) => Tokenizer.Tokenize(text, 0, text.Length).Single(t => t.Text == word);

    [Theory]
    [InlineData("Maj. Gen. Ali Haidar spoke.", new[] { "Maj.", "Gen.", "Ali", "Haidar", "spoke", "." })]
    [InlineData("Mr. Tedeschi met Sgt. Ruiz", new[] { "Mr.", "Tedeschi", "met", "Sgt.", "Ruiz" })]
    [InlineData("Pres. Obama spoke", new[] { "Pres.", "Obama", "spoke" })]
    [InlineData("See Fig. 3 and No. 10", new[] { "See", "Fig.", "3", "and", "No.", "10" })]
    [InlineData("U.S. officials and L. Ron Hubbard", new[] { "U.S.", "officials", "and", "L.", "Ron", "Hubbard" })]
    [InlineData("Sept. 3, on Thurs. and Sun.", new[] { "Sept.", "3", ",", "on", "Thurs.", "and", "Sun." })]
    [InlineData("Smith et al. wrote", new[] { "Smith", "et", "al.", "wrote" })]
    public void Abbreviations_and_initials_keep_their_period(string text, string[] tokens) => Assert.Equal(tokens, Texts(text));

    [Theory]
    [InlineData("They sat in the sun. Then they left.", new[] { "sun", "." })]
    [InlineData("Voters said no. Haidar conceded.", new[] { "no", "." })]
    [InlineData("She ate a fig. Then she left.", new[] { "fig", "." })]
    public void An_ordinary_word_that_is_also_an_abbreviation_ends_its_sentence_in_lower_case(string text, string[] split)
    {
        var tokens = Texts(text);
        var at = Array.IndexOf(tokens, split[0]);

        Assert.Equal(split, tokens[at..(at + 2)]);
        Assert.True(Tokenizer.Tokenize(text, 0, text.Length)[at + 2].StartsSentence);
    }

    [Theory]
    [InlineData("They met Gen. Haidar at noon.", "Haidar", false)]
    [InlineData("They met Maj. Haidar at noon.", "Haidar", false)]
    [InlineData("They met the general. Haidar spoke.", "Haidar", true)]
    [InlineData("\"Yes,\" she said. \"Haidar lied.\"", "Haidar", true)]
    public void A_sentence_starts_after_a_full_stop_not_after_an_abbreviation(string text, string word, bool startsSentence) =>
        Assert.Equal(startsSentence, Word(text, word).StartsSentence);
}
