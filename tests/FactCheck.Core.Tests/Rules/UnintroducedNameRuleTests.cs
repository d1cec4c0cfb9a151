using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

public sealed class UnintroducedNameRuleTests
{
    private static readonly UnintroducedNameRule Rule = new();

    [Theory]
    [InlineData("""
        Budget talks resume

        The talks resumed on Monday. [|Zinchenko|] said the coalition was close to a deal, and Zinchenko later repeated it.
        """)]
    public void Flags_the_first_surname_only_mention_of_someone_never_introduced(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // A courtesy or academic title says how to address someone, not who they are: the full name is still owed.
    [InlineData("""
        Clinic opens

        The clinic opened on Monday. "Under professor [|Harmsdorf|]'s leadership, we have grown," a nurse said.
        """)]
    [InlineData("""
        Clinic opens

        The clinic opened on Monday, and Dr [|Harmsdorf|] said the waiting list was shorter.
        """)]
    [InlineData("""
        Clinic opens

        The clinic opened on Monday. Professor [|Harmsdorf|] said the waiting list was shorter.
        """)]
    public void Flags_a_surname_behind_a_courtesy_or_academic_title_alone(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // An office one person holds names its holder, as a full name would.
    [InlineData("""
        Clinic opens

        The clinic opened on Monday. President Harmsdorf said the waiting list was shorter.
        """)]
    // An office before the courtesy title still names its holder.
    [InlineData("""
        Clinic opens

        The clinic opened on Monday. Undersecretary for Health Mr. Harmsdorf said the waiting list was shorter.
        """)]
    public void Does_not_flag_a_surname_an_office_identifies(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // Introduced by full name later in the article still counts as introduced.
    [InlineData("""
        Budget talks resume

        Zinchenko said the coalition was close to a deal. Finance Minister Olena Zinchenko spoke after the meeting.
        """)]
    // Headline-only surnames are exempt.
    [InlineData("""
        Zinchenko: budget deal close

        The talks resumed on Monday in the capital, officials said.
        """)]
    // A drifted name is reported by name-mismatch, not here.
    [InlineData("""
        Turkish Foreign Minister Mevlut Cavusoglu arrived on Monday.
        Davutoglu highlighted that the talks would continue.
        """)]
    // Another spelling of an introduced surname is name-spelling-variant's, whether or not the recognizer saw a person.
    [InlineData("""
        Harbour commissioner Pavel Dusek opened the terminal.
        Later Dosek said the cranes were late.
        """)]
    // A given name alone is how news names family members and bystanders.
    [InlineData("""
        Crash near the ridge

        Everyone on board, the pilot Arne Vollan, his daughter Gianna and two guests, died in the crash.
        """)]
    // A name written two ways is name-spelling-variant's to report, even when no one is introduced by full name.
    [InlineData("""
        Bridge attack

        A chef named Mateusz chased the attacker. Mateusz said later he had not been afraid.
        One witness wrote that "the chef Matteusz was the bravest of us".
        """)]
    // A case name or a cited author is a reference, not a person the story must introduce.
    [InlineData("""
        Ruling expected

        The appeal asks the court to revisit Lindgate v. Rusholme, decided decades ago.
        """)]
    [InlineData("""
        Study questioned

        The survey repeats a method first described by Marrow (1987), researchers said.
        """)]
    [InlineData("""
        Birds in wheat

        The counts fell in dry years.

        References

        Cross, A. M., Baker, T., Fields, R., et al. (2001). Wheat and weather. Crop Studies, 2, 3-4.
        Hollis, Jane, and Martha Penrose. Letters from the Fens. Norwich: Reed Press, 1990.
        """)]
    public void Does_not_flag_introduced_headline_or_drifted_names(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    private static readonly (string, string, string)[] Desk =
    [
        ("capitol/1", "2024-01-10", "House Speaker Nancy Pelosi said the vote would be held on Thursday. Pelosi told reporters the bill would pass."),
        ("capitol/2", "2024-03-05", "House Speaker Nancy Pelosi met union leaders on Monday. Pelosi said the talks had gone well."),
        ("campaign/1", "2024-02-01", "Hillary Clinton endorsed the candidate at a dinner. Bill Clinton did not attend."),
        ("campaign/2", "2024-05-09", "Bill Clinton and Hillary Clinton spoke at the library's anniversary."),
    ];

    [Fact]
    public void Says_who_the_archive_has_under_the_surname()
    {
        var flag = Assert.Single(ArchiveRuleHarness.AssertFlagsExactly(Rule, """
            Spending bill passes

            The spending bill passed on Monday. [|Pelosi|] said the vote was a relief, and Pelosi thanked the whips.
            """, ArchiveRuleHarness.ArchiveOf(Desk), "2024-06-01"));

        Assert.EndsWith("give the full name at first mention. The archive has Nancy Pelosi, House Speaker, 2 articles.", flag.Message, StringComparison.Ordinal);
        Assert.Equal(Model.Severity.Info, flag.Severity);
        Assert.Equal(["capitol/2", "capitol/1"], flag.Archive!.Articles.Select(a => a.Id));
        Assert.Equal(RuleHarness.Run(Rule, "Spending bill passes\n\nThe spending bill passed on Monday. Pelosi said the vote was a relief, and Pelosi thanked the whips.").Single().Id, flag.Id);
    }

    [Theory]
    // Two archived people share the surname: the archive cannot say which.
    [InlineData("Library reopens\n\nThe library reopened on Monday. [|Clinton|] said the reading room was the best part.")]
    // One article does not establish anyone.
    [InlineData("Library reopens\n\nThe library reopened on Monday. [|Rasmussen|] said the reading room was the best part.")]
    public void Says_nothing_of_the_archive_when_it_has_no_one_person(string marked)
    {
        var archive = ArchiveRuleHarness.ArchiveOf([.. Desk, ("council/1", "2024-03-20", "Councillor Margit Rasmussen proposed a cycle lane.")]);

        var flag = Assert.Single(ArchiveRuleHarness.AssertFlagsExactly(Rule, marked, archive, "2024-06-01"));

        Assert.DoesNotContain("archive", flag.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(flag.Archive);
    }

    [Fact]
    public void Names_the_affiliation_the_archive_has_when_it_has_no_office()
    {
        var archive = ArchiveRuleHarness.ArchiveOf([
            ("lansing/1", "2024-02-01", "Democrat Khalid Mekdad proposed a transit levy on Monday. Mekdad said it was fair."),
            ("lansing/2", "2024-03-14", "Khalid Mekdad (D-Mich.) defended the levy before the committee. Mekdad took questions."),
        ]);

        var flag = Assert.Single(ArchiveRuleHarness.AssertFlagsExactly(Rule, """
            Levy passes

            The levy passed on Monday. [|Mekdad|] said the vote was a relief, and Mekdad thanked the whips.
            """, archive, "2024-06-01"));

        Assert.EndsWith("The archive has Khalid Mekdad, Democratic, 2 articles.", flag.Message, StringComparison.Ordinal);
    }
}
