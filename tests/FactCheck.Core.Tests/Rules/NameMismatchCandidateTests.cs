using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

/// <summary>Drifts in every position a name takes, including words no recognizer or word list knows.</summary>
public sealed class NameMismatchCandidateTests
{
    private static readonly NameMismatchRule Rule = new();

    [Theory]
    // A possessive of an invented surname: the span leaves the 's out. (Morbreg for Morberg would be a vowel moved,
    // which name-spelling-variant reports.)
    [InlineData("""
        Councillor Anders Morberg presented the harbour plan on Tuesday.
        Members debated for three hours before [|Morberk|]'s plan passed by two votes.
        """)]
    // After an honorific.
    [InlineData("""
        The inquiry heard from nurse Leonie Bauchtman on Monday.
        Under questioning, Ms [|Bauchtnan|] described the night shift.
        """)]
    // A repeated full name with the surname drifted: only the drifted word is flagged.
    [InlineData("""
        Mayor Erna Solberg opened the session with a minute of silence.
        The budget vote was postponed, and Erna [|Solbeng|] said it would wait until March.
        """)]
    // A repeated full name after "I'm" in an interview answer.
    [InlineData("""
        Illustrator Isabel Ruggeri founded the studio with a friend.
        Asked who draws the covers, she laughed: "I'm Isabel [|Ruggeti|], and I draw all of them."
        """)]
    // A changed given name in a repeated full name.
    [InlineData("""
        Kristin Wilkins, a nurse at the county hospital, spoke to reporters.
        Hours later [|Kristen|] Wilkins said the ward was full again.
        """)]
    // First letter and an inner consonant changed, after "according to".
    [InlineData("""
        Engineer Tomas Kandeler inspected the bridge after the storm.
        The cables were sound, according to [|Vandeker|].
        """)]
    // A dropped letter turning the surname into an ordinary word, capitalized mid-sentence.
    [InlineData("""
        Chief executive Kathryn Waters announced the merger on Friday.
        Shareholders, said [|Water|], would vote in May.
        """)]
    // A one-letter slip in a four-letter surname opening a sentence.
    [InlineData("""
        Opposition leader Imran Khan addressed the rally.
        [|Khak|] told supporters the vote had been stolen.
        """)]
    // A word no list knows, two letters from a four-letter surname: the first and an inner one, the ending kept.
    [InlineData("""
        Harbour master Ilse Dorn closed the port at noon.
        Ferries stayed in dock until [|Jurn|] lifted the order.
        """)]
    // An ordinary word two letters from the surname, after the introduced person's own given name.
    [InlineData("""
        Striker Tomas Kane opened the scoring after ten minutes.
        In injury time, captain Tomas [|Have|] scored a second goal.
        """)]
    public void Flags_a_drifted_name_wherever_it_stands(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // The family named in the plural.
    [InlineData("""
        Senator Paula Brenner and her husband arrived late.
        The Brenners' car had been held up by the parade.
        """)]
    // An ordinary word opening a sentence, one letter from the introduced surname.
    [InlineData("""
        Chief executive Kathryn Waters announced the merger on Friday.
        Water levels at the plant were normal, the company said.
        """)]
    // Two introduced people with similar surnames.
    [InlineData("""
        Coach Lena Harlan and assistant Mark Harlow met the press.
        Harlow said the team was ready, and Harlan agreed.
        """)]
    // Romanizations of one given name with the same surname are one person.
    [InlineData("""
        Foreign Minister Sergey Lavrov met the delegation.
        Sergei Lavrov later said the talks had been useful.
        """)]
    // A headline is headline-body's to judge.
    [InlineData("""
        Vandeker Unveils Bridge Repairs

        Engineer Tomas Kandeler inspected the bridge after the storm.
        """)]
    // An acronym and a hyphenated compound are not names on their own.
    [InlineData("""
        Engineer Tomas Kandeler inspected the bridge for the KANDL agency.
        The Kandel-Stiftung paid for the Anglo-Kandeler survey.
        """)]
    // The same ordinary word after someone else's given name is that other person's name.
    [InlineData("""
        Striker Tomas Kane opened the scoring after ten minutes.
        In injury time, the substitute Anders Have scored a second goal.
        """)]
    public void Does_not_flag_what_is_no_drift(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Fact]
    public void A_candidate_suggests_the_introduced_surname_and_points_at_the_introduction()
    {
        var flag = Assert.Single(RuleHarness.Run(Rule, """
            Councillor Anders Morberg presented the harbour plan on Tuesday.
            Members debated for hours before Morberk posted on social media.
            """));

        Assert.Equal("Morberk", flag.Location.Text);
        Assert.Equal("Morberg", flag.Suggestion);
        Assert.Equal("Anders Morberg", Assert.Single(flag.Related).Text);
    }
}
