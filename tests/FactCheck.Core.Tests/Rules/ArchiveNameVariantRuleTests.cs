using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules;
using FactCheck.Core.Tests.Archive;
using static FactCheck.Core.Tests.Rules.ArchiveRuleHarness;

namespace FactCheck.Core.Tests.Rules;

public sealed class ArchiveNameVariantRuleTests
{
    private static readonly ArchiveNameVariantRule Rule = new();

    private static InMemoryPeopleArchive Desk() => ArchiveOf(
        ("capitol/1", "2024-01-10", """
            House Speaker Nancy Pelosi said the vote on the spending bill would be held on Thursday.
            Pelosi told reporters that the bill had enough support to pass.
            """),
        ("capitol/2", "2024-03-05", """
            Nancy Pelosi, the House Speaker, met union leaders on Monday to discuss the pension plan.
            Pelosi said the talks had gone well.
            """),
        ("ankara/1", "2024-02-12", """
            Turkish President Recep Tayyip Erdoğan opened a new bridge over the Bosphorus on Saturday.
            Erdoğan said the bridge would carry forty thousand cars a day.
            """),
        ("ankara/2", "2024-04-18", """
            Recep Tayyip Erdoğan told a rally in Izmir that inflation would fall by the end of the year.
            Erdoğan spoke for an hour.
            """),
        ("campaign/1", "2024-02-01", """
            Hillary Clinton endorsed the candidate at a dinner in New York. Clinton praised her record.
            Bill Clinton did not attend the dinner.
            """),
        ("campaign/2", "2024-05-09", """
            Bill Clinton and Hillary Clinton spoke at the library's anniversary. Clinton thanked the donors.
            """),
        ("damascus/1", "2024-01-22", "Syrian Foreign Minister Faisal Mekdad met envoys in Damascus. Mekdad said the border would reopen."),
        ("damascus/2", "2024-04-02", "Faisal Mekdad, the Syrian foreign minister, flew to Moscow. Mekdad held talks there."),
        ("security/1", "2024-02-14", "Former intelligence chief Michael Morell testified on Tuesday. Morell said the threat was growing."),
        ("security/2", "2024-05-02", "Michael Morell told the panel that the agency needed more analysts. Morell spoke for an hour."),
        ("council/1", "2024-03-20", """
            Councillor Margit Rasmussen proposed a new cycle lane on the harbour road. Rasmussen said it was overdue.
            """));

    [Theory]
    // Self-consistent, three times, and still not how the desk writes her.
    [InlineData("""
        House Speaker [|Nancy Pelossi|] opened the session on Tuesday.
        Pelossi said the chamber would sit late. Pelossi did not take questions.
        """)]
    // A diacritic the house writes: the same folded name, another display.
    [InlineData("""
        President [|Recep Tayyip Erdogan|] arrived in Baku on Wednesday. Erdogan met the prime minister.
        """)]
    // A transliteration of the surname, two letters away.
    [InlineData("""
        Syrian Foreign Minister [|Faisal Miqdad|] arrived in Tehran. Miqdad said the talks were useful.
        """)]
    // A given name one letter away, the surname the same.
    [InlineData("""
        [|Hilary Clinton|] spoke at the university on Friday. Clinton said she would return.
        """)]
    public void Flags_a_person_written_differently_from_the_archive(string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), "2024-06-01");

    [Theory]
    // The house spelling.
    [InlineData("""
        House Speaker Nancy Pelosi opened the session on Tuesday. Pelosi said the chamber would sit late.
        """)]
    [InlineData("""
        President Recep Tayyip Erdoğan arrived in Baku on Wednesday. Erdoğan met the prime minister.
        """)]
    // A new person the archive does not know.
    [InlineData("""
        Governor Tomasz Wieczorek signed the budget on Monday. Wieczorek said it was balanced.
        """)]
    // Another person of an archived surname: the given name is no slip of either Clinton's.
    [InlineData("""
        Chelsea Clinton spoke at the university on Friday. Clinton said she would return.
        """)]
    // The same given name and the same consonants, but another surname: the footballer is not the intelligence chief.
    [InlineData("""
        Panama's attempt in the 54th minute, by Michael Murillo, was saved. Murillo later hit the post.
        """)]
    // Only one article has her: not established, so nothing to be a variant of.
    [InlineData("""
        Councillor Margit Rasmusen proposed a second cycle lane. Rasmusen said it was overdue.
        """)]
    public void Does_not_flag_matching_new_ambiguous_or_unestablished_people(string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), "2024-06-01");

    [Fact]
    public void Suggests_the_established_spelling_and_names_the_archive_articles()
    {
        var flag = Assert.Single(Run(Rule, "House Speaker Nancy Pelossi opened the session. Pelossi said the chamber would sit late.", Desk(), "2024-06-01"));

        Assert.Equal("Nancy Pelosi", flag.Suggestion);
        Assert.Contains("Nancy Pelosi", flag.Message, StringComparison.Ordinal);
        Assert.Contains("2 articles, 2024-01-10 to 2024-03-05", flag.Message, StringComparison.Ordinal);
        var evidence = Assert.IsType<ArchiveEvidence>(flag.Archive);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Spelling, "nancy pelossi", "Nancy Pelossi"), evidence.DraftClaim);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Spelling, "nancy pelosi", "Nancy Pelosi"), evidence.ArchiveSide);
        Assert.Equal(["capitol/2", "capitol/1"], evidence.Articles.Select(a => a.Id));
        Assert.Equal(["Pelossi"], flag.Related.Select(r => r.Text).Distinct());
    }

    [Fact]
    public async Task The_drafts_own_earlier_recording_is_no_evidence_for_it()
    {
        var archive = ArchiveOf(("capitol/1", "2024-01-10", "House Speaker Nancy Pelosi said the vote would be held on Thursday."));
        await archive.RecordAsync(Observe("draft", Date("2024-06-01"), "House Speaker Nancy Pelosi opened the session on Tuesday."));

        Assert.Empty(Run(Rule, "House Speaker Nancy Pelossi opened the session on Tuesday.", archive, "2024-06-01"));
    }

    [Fact]
    public void The_name_authority_establishes_a_spelling_one_article_has()
    {
        var archive = ArchiveOf(("council/1", "2024-03-20", "Councillor Margit Rasmussen proposed a new cycle lane on the harbour road."));
        var settings = CheckSettings.Default with { NameAuthority = [new NameAuthorityEntry("Margit Rasmussen")] };

        AssertFlagsExactly(Rule, "Councillor [|Margit Rasmusen|] proposed a second cycle lane.", archive, "2024-06-01", settings);
    }

    [Fact]
    public async Task A_reviewers_word_for_the_draft_silences_it_and_a_rejection_of_the_archive_too()
    {
        var draft = "House Speaker Nancy Pelossi opened the session. Pelossi said the chamber would sit late.";
        var correct = Desk();
        await correct.RecordAsync(Observe("draft", Date("2024-06-01"), draft));
        await correct.RecordDecisionAsync(new ArchiveDecision(new ArchiveClaim(ArchiveClaimKind.Spelling, "nancy pelossi", "Nancy Pelossi"), ArchiveVerdict.Established, Date("2024-06-01")));
        var rejected = Desk();
        await rejected.RecordDecisionAsync(new ArchiveDecision(new ArchiveClaim(ArchiveClaimKind.Spelling, "nancy pelosi", "Nancy Pelosi"), ArchiveVerdict.Rejected, Date("2024-06-01")));

        Assert.Empty(Run(Rule, draft, correct, "2024-06-01"));
        Assert.Empty(Run(Rule, draft, rejected, "2024-06-01"));
    }

    [Fact]
    public void An_office_the_archive_has_them_in_lets_a_looser_transliteration_through()
    {
        // Three letters from Mekdad, one transliteration skeleton: too loose alone, tied by the office they both hold.
        AssertFlagsExactly(Rule, """
            Syrian Foreign Minister [|Faisal Miqdaad|] arrived in Tehran on Monday. Miqdaad said the talks were useful.
            """, Desk(), "2024-06-01");
        Assert.Empty(Run(new ArchiveOfficeConflictRule(), """
            Syrian Foreign Minister Faisal Miqdaad arrived in Tehran on Monday. Miqdaad said the talks were useful.
            """, Desk(), "2024-06-01"));
    }

    [Theory]
    // Without an office nothing ties the two: three letters are another name as often as a slip.
    [InlineData("Faisal Miqdaad arrived in Tehran on Monday. Miqdaad said the talks were useful.")]
    // Another country's office is no agreement.
    [InlineData("Iraqi Foreign Minister Faisal Miqdaad arrived in Tehran on Monday. Miqdaad said the talks were useful.")]
    public void A_looser_transliteration_without_the_archived_office_does_not_flag(string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), "2024-06-01");

    /// <summary>A desk that has written twice of Khalid Mekdad, a Democratic state senator.</summary>
    private static InMemoryPeopleArchive StateHouse() => ArchiveOf(
        ("lansing/1", "2024-02-01", "Democrat Khalid Mekdad proposed a transit levy on Monday."),
        ("lansing/2", "2024-03-14", "State Senator Khalid Mekdad (D-Mich.) defended the levy before the committee."));

    [Fact]
    public void An_affiliation_the_archive_has_them_with_lets_a_looser_transliteration_through() =>
        AssertFlagsExactly(Rule, "Democrat [|Khalid Miqdaad|] spoke against the budget on Tuesday. Miqdaad said the levy would stay.", StateHouse(), "2024-06-01");

    [Theory]
    // Nothing stated: behaviour unchanged, three letters are another name as often as a slip.
    [InlineData("Khalid Miqdaad spoke against the budget on Tuesday. Miqdaad said the levy would stay.")]
    // Another party is another person as likely as not: no tie.
    [InlineData("Republican Khalid Miqdaad spoke against the budget on Tuesday. Miqdaad said the levy would stay.")]
    public void A_looser_transliteration_without_the_archived_affiliation_does_not_flag(string marked) =>
        AssertFlagsExactly(Rule, marked, StateHouse(), "2024-06-01");

    [Fact]
    public void An_affiliation_seen_in_one_article_only_ties_nothing() =>
        AssertFlagsExactly(Rule, "Democrat Khalid Miqdaad spoke against the budget on Tuesday. Miqdaad said the levy would stay.", ArchiveOf(
            ("lansing/1", "2024-02-01", "Democrat Khalid Mekdad proposed a transit levy on Monday."),
            ("lansing/2", "2024-03-14", "Khalid Mekdad defended the levy before the committee.")), "2024-06-01");

    /// <summary>Khalid Mekdad twice, as a Democrat once: the affiliation alone is not established by articles.</summary>
    private static InMemoryPeopleArchive StateHouseOnceAffiliated() => ArchiveOf(
        ("lansing/1", "2024-02-01", "Democrat Khalid Mekdad proposed a transit levy on Monday."),
        ("lansing/2", "2024-03-14", "Khalid Mekdad defended the levy before the committee."));

    private static CheckSettings HouseListing(string affiliation) =>
        CheckSettings.Default with { NameAuthority = [new NameAuthorityEntry("Khalid Mekdad") { Affiliation = affiliation }] };

    [Theory]
    [InlineData("Democratic")]
    // Compared by key: the house's "Democrat" is the article's "Democrat", "D" and "Democratic".
    [InlineData("Democrat")]
    public void The_house_list_establishes_an_affiliation_one_article_has(string affiliation) =>
        AssertFlagsExactly(Rule, "Democrat [|Khalid Miqdaad|] spoke against the budget on Tuesday. Miqdaad said the levy would stay.", StateHouseOnceAffiliated(), "2024-06-01", HouseListing(affiliation));

    [Fact]
    public async Task A_reviewers_word_establishes_an_affiliation_one_article_has_and_a_rejection_unties_two()
    {
        const string Draft = "Democrat Khalid Miqdaad spoke against the budget on Tuesday. Miqdaad said the levy would stay.";
        var claim = new ArchiveClaim(ArchiveClaimKind.Affiliation, "khalid mekdad", "democratic");
        var established = StateHouseOnceAffiliated();
        await established.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, Date("2024-04-01")));
        var rejected = StateHouse();
        await rejected.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Rejected, Date("2024-04-01")));

        AssertFlagsExactly(Rule, "Democrat [|Khalid Miqdaad|] spoke against the budget on Tuesday. Miqdaad said the levy would stay.", established, "2024-06-01");
        Assert.Empty(Run(Rule, Draft, rejected, "2024-06-01"));
    }

    [Fact]
    public void The_house_lists_another_affiliation_and_the_one_article_ties_nothing() =>
        AssertFlagsExactly(Rule, "Democrat Khalid Miqdaad spoke against the budget on Tuesday. Miqdaad said the levy would stay.", StateHouseOnceAffiliated(), "2024-06-01", HouseListing("Republican"));

    /// <summary>
    /// A desk that writes about Nancy Pelosi, Faisal Mekdad, Michael Morell and Anton Ivank often (three articles each), and about
    /// Anna Castellano twice: established, but too seldom for a bare surname to be corrected to her.
    /// </summary>
    private static InMemoryPeopleArchive BusyDesk() => ArchiveOf(
        ("capitol/1", "2024-01-10", "House Speaker Nancy Pelosi said the vote on the spending bill would be held on Thursday."),
        ("capitol/2", "2024-03-05", "Nancy Pelosi, the House Speaker, met union leaders on Monday to discuss the pension plan."),
        ("capitol/3", "2024-04-22", "House Speaker Nancy Pelosi thanked the staff before the recess."),
        ("damascus/1", "2024-01-22", "Syrian Foreign Minister Faisal Mekdad met envoys in Damascus."),
        ("damascus/2", "2024-04-02", "Faisal Mekdad, the Syrian foreign minister, flew to Moscow."),
        ("damascus/3", "2024-05-12", "Faisal Mekdad spoke to reporters at the airport on Sunday."),
        ("security/1", "2024-02-14", "Former intelligence chief Michael Morell testified on Tuesday."),
        ("security/2", "2024-05-02", "Michael Morell told the panel that the agency needed more analysts."),
        ("security/3", "2024-05-20", "Michael Morell published a memoir on Monday."),
        ("port/1", "2024-01-15", "Port director Anton Ivank signed the dredging contract on Monday."),
        ("port/2", "2024-03-18", "Anton Ivank, the port director, opened the new quay."),
        ("port/3", "2024-05-06", "Anton Ivank said the quay would take larger ships."),
        ("harbour/1", "2024-02-02", "Harbour master Anna Castellano closed the north pier on Friday."),
        ("harbour/2", "2024-03-02", "Anna Castellano reopened the north pier on Monday."));

    [Theory]
    // A doubled letter, written the same way twice: the draft never introduces anyone of that name.
    [InlineData("""
        The chamber sat late on Tuesday. [|Pelossi|] said the vote would be held on Thursday.
        Pelossi did not take questions.
        """)]
    // A dropped letter, standing as a person does before a reporting verb.
    [InlineData("""
        Envoys met in Geneva on Monday. [|Mekdd|] said the border would reopen within a week.
        """)]
    // Two letters swapped, after "according to".
    [InlineData("""
        The agency needs more analysts, according to [|Mroell|], who testified on Tuesday.
        """)]
    // A five-letter surname with a letter dropped.
    [InlineData("""
        The quay opened on Monday. [|Ivnk|] said larger ships would follow.
        """)]
    public void Flags_a_bare_surname_that_misspells_a_person_the_archive_has_often(string marked) =>
        AssertFlagsExactly(Rule, marked, BusyDesk(), "2024-06-01");

    [Theory]
    // The archive's own spelling: unintroduced-name's to remind, not a misspelling.
    [InlineData("The chamber sat late on Tuesday. Pelosi said the vote would be held on Thursday.")]
    // An ordinary English word one letter from an archived surname.
    [InlineData("The chamber sat late on Tuesday. Morel said the vote would be held on Thursday.")]
    // A real other surname one letter from an archived one: the name lists know it.
    [InlineData("The agency needs more analysts, according to Morelli, who testified on Tuesday.")]
    // Established in two articles only: a bare surname needs the desk to know her better.
    [InlineData("The north pier closed on Friday. Castelano said it would reopen on Monday.")]
    // The archived surname is in the draft too: the in-draft name rules compare the two.
    [InlineData("""
        House Speaker Nancy Pelosi opened the session. Pelossi said the chamber would sit late.
        """)]
    // Two letters away from any archived surname.
    [InlineData("The chamber sat late on Tuesday. Pilossa said the vote would be held on Thursday.")]
    // A known name that is an archived surname with a letter dropped.
    [InlineData("The quay opened on Monday. Ivan said larger ships would follow.")]
    public void Does_not_flag_known_words_other_names_or_seldom_archived_people(string marked) =>
        AssertFlagsExactly(Rule, marked, BusyDesk(), "2024-06-01");

    [Fact]
    public void Suggests_the_archived_surname_and_leaves_unintroduced_name_quiet_on_the_word()
    {
        const string Draft = "The chamber sat late on Tuesday. Pelossi said the vote would be held on Thursday. Pelossi left early.";
        var flag = Assert.Single(Run(Rule, Draft, BusyDesk(), "2024-06-01"));

        Assert.Equal("Pelosi", flag.Suggestion);
        Assert.Contains("Nancy Pelosi (3 articles, 2024-01-10 to 2024-04-22", flag.Message, StringComparison.Ordinal);
        var evidence = Assert.IsType<ArchiveEvidence>(flag.Archive);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Spelling, "pelossi", "Pelossi"), evidence.DraftClaim);
        Assert.Equal(["Pelossi"], flag.Related.Select(r => r.Text));
        Assert.Empty(Run(new UnintroducedNameRule(), Draft, BusyDesk(), "2024-06-01"));
    }

    [Fact]
    public async Task A_reviewers_word_for_a_bare_surname_silences_it()
    {
        const string Draft = "The chamber sat late on Tuesday. Pelossi said the vote would be held on Thursday.";
        var archive = BusyDesk();
        await archive.RecordDecisionAsync(new ArchiveDecision(new ArchiveClaim(ArchiveClaimKind.Spelling, "pelossi", "Pelossi"), ArchiveVerdict.Established, Date("2024-06-01")));

        Assert.Empty(Run(Rule, Draft, archive, "2024-06-01"));
    }

    [Fact]
    public void Without_an_archive_it_says_nothing() =>
        Assert.Empty(RuleHarness.Run(Rule, "House Speaker Nancy Pelossi opened the session. Pelossi said the chamber would sit late."));
}
