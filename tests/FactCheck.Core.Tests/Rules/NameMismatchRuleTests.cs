using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class NameMismatchRuleTests
{
    private static readonly NameMismatchRule Rule = new();

    [Theory]
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.
        After the meeting, [|Davutoglu|] highlighted that the talks would continue.
        """)]
    [InlineData("""
        Ukrainian Defence Minister Oleksiy Kovalenko visited the front line.
        Officials said [|Kravchenko|] promised new air defences.
        """)]
    [InlineData("""
        Prime Minister Anna Lindqvist opened the debate.
        Later [|Lindquist|] said the budget would pass.
        """)]
    [InlineData("""
        Foreign Minister Sergey Lavrov met his counterparts.
        [|Lavrin|] said the road map was ready.
        """)]
    public void Flags_a_surname_that_drifted_from_an_introduced_person(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // The correct surname, a possessive, the full name again.
    [InlineData("""
        Deputy Foreign Minister Mikhail Bogdanov spoke first.
        Bogdanov’s proposal was welcomed, and Bogdanov said more talks would follow. Mikhail Bogdanov left at noon.
        """)]
    // A diacritic variant of the same name is the same person.
    [InlineData("""
        Foreign Minister Mevlüt Çavuşoğlu arrived on Monday.
        Cavusoglu said the meeting had gone well.
        """)]
    // A different person, properly introduced, with a similar name.
    [InlineData("""
        Foreign Minister Mevlut Cavusoglu met former prime minister Ahmet Davutoglu.
        Davutoglu said he supported the talks, and Cavusoglu agreed.
        """)]
    // A particle name referred to without its particle.
    [InlineData("""
        Foreign Minister Faisal al-Mekdad spoke about refugees.
        Mekdad said the withdrawal was the priority.
        """)]
    // Transliteration variants are name-spelling-variant's business, not a different person.
    [InlineData("""
        Foreign Minister Faisal Mekdad spoke about refugees.
        Miqdad said the withdrawal was the priority.
        """)]
    public void Does_not_flag_correct_or_properly_introduced_names(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Fact]
    public void Suggests_the_introduced_surname_and_points_at_the_introduction()
    {
        var text = """
            Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.
            After the meeting, Davutoglu highlighted that the talks would continue.
            """;

        var flag = Assert.Single(RuleHarness.Run(Rule, text));

        Assert.Equal("Cavusoglu", flag.Suggestion);
        var related = Assert.Single(flag.Related);
        Assert.Equal("Mevlut Cavusoglu", related.Text);
        Assert.Equal(text.IndexOf("Mevlut Cavusoglu", StringComparison.Ordinal), related.Offset);
        Assert.Equal(2, flag.Location.Line);
        Assert.Equal("After the meeting, ".Length + 1, flag.Location.Column);
        Assert.Contains("Davutoglu", flag.Message, StringComparison.Ordinal);
        Assert.Contains("Cavusoglu", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_its_id_when_unrelated_text_is_edited()
    {
        var original = """
            Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Monday.
            After the meeting, Davutoglu highlighted that the talks would continue.
            """;
        var edited = "A new opening paragraph about the weather in Moscow.\n\n" + original.Replace("on Monday", "late on Monday", StringComparison.Ordinal);

        var before = Assert.Single(RuleHarness.Run(Rule, original));
        var after = Assert.Single(RuleHarness.Run(Rule, edited));

        Assert.NotEqual(before.Location.Offset, after.Location.Offset);
        Assert.Equal(before.Id, after.Id);
    }
}
