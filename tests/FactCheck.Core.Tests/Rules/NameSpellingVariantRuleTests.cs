using FactCheck.Core.Names;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class NameSpellingVariantRuleTests
{
    private static readonly NameSpellingVariantRule Rule = new();

    [Theory]
    [InlineData("""
        Foreign Minister Faisal Mekdad spoke about refugees.
        [|Miqdad|] said the withdrawal was the priority.
        """)]
    [InlineData("""
        President Volodymyr Zelensky addressed parliament.
        Later [|Zelenskyy|] met the delegation.
        """)]
    [InlineData("""
        Foreign Minister Mevlüt Çavuşoğlu arrived on Monday.
        [|Cavusoglu|] said the meeting had gone well, and Cavusoglu left at noon.
        """)]
    // A repeated full name with the surname's vowel changed: the flag is on the surname, not the whole name.
    [InlineData("""
        Designer Nick Moreau showed the headset at the fair.
        Visitors queued for an hour, said Nick [|Mareau|].
        """)]
    // Relatives write their surname one way: a spelling neither was introduced with is the variant.
    [InlineData("""
        Student Ahmed Halimi was sent home from school on Monday.
        His father, Karim Halimi, said the family would complain. Later [|Halami|] received an apology.
        """)]
    // The same given name again with the surname misspelled, among relatives.
    [InlineData("""
        Student Ahmed Halimi was sent home from school. His father, Karim Halimi, said the family would complain.
        The mayor later wrote to Ahmed [|Halami|].
        """)]
    // A slip is written once, and is a slip inside a quotation too.
    [InlineData("""
        Foreign Minister Faisal Mekdad spoke. His office wrote: “Minister [|Miqdad|] will travel on Monday.”
        """)]
    // A vowel slip that makes an English word, capitalized mid-sentence.
    [InlineData("""
        Harbour commissioner Pavel Trump opened the terminal. The union will pursue the case against [|Tramp|] in court.
        """)]
    public void Flags_the_spelling_that_differs_from_the_introduction(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // One spelling throughout, with a possessive and a particle.
    [InlineData("""
        Foreign Minister Faisal al-Mekdad spoke. Mekdad’s aides agreed, and Mekdad left.
        """)]
    // Different people who share a surname are not a spelling problem.
    [InlineData("""
        Ivanka Trump and Donald Trump arrived together; Trump spoke first.
        """)]
    // Relatives with different given names, each spelled the same way throughout.
    [InlineData("""
        Student Ahmed Halimi was sent home. His father, Karim Halimi, complained, and Halimi received an apology.
        """)]
    // Two people whose surnames share a romanization, each introduced with their own.
    [InlineData("""
        Coach Anna Smith and referee Paul Smyth met before the game; Smyth said the pitch was fine.
        """)]
    // A quotation keeps its source's spelling.
    [InlineData("""
        Officials said Hamza bin Laden had been killed. The statement read: "Hamza bin Ladin, son of Usama bin Ladin, was killed."
        """)]
    [InlineData("""
        Foreign Minister Faisal Mekdad spoke. His office wrote: “Minister Miqdad will travel on Monday. Miqdad will meet the envoy.”
        """)]
    // Unrelated names.
    [InlineData("""
        Sergey Lavrov met Mikhail Bogdanov; Lavrov and Bogdanov then left.
        """)]
    // An English word two letters from a surname is the word.
    [InlineData("""
        Harbour commissioner Pavel Grump opened the terminal, and the Group of workers applauded.
        """)]
    public void Does_not_flag_consistent_spellings_or_different_people(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Fact]
    public void One_flag_per_variant_spelling_with_every_other_use_related()
    {
        var flag = Assert.Single(RuleHarness.Run(Rule, """
            Foreign Minister Mevlüt Çavuşoğlu arrived on Monday.
            Cavusoglu said the meeting had gone well, and Cavusoglu left at noon.
            """));

        Assert.Equal("Çavuşoğlu", flag.Suggestion);
        Assert.Equal(["Mevlüt Çavuşoğlu", "Cavusoglu"], flag.Related.Select(r => r.Text));
    }

    [Fact]
    public void The_house_spelling_from_the_name_authority_wins()
    {
        var settings = CheckSettings.Default with
        {
            NameAuthority = [new NameAuthorityEntry("Faisal Miqdad") { Aliases = ["Faisal Mekdad", "Faisal al-Mekdad"] }],
        };

        var flag = Assert.Single(RuleHarness.AssertFlagsExactly(Rule, """
            Foreign Minister Faisal [|Mekdad|] spoke about refugees.
            Miqdad said the withdrawal was the priority.
            """, settings));

        Assert.Equal("Miqdad", flag.Suggestion);
    }
}
