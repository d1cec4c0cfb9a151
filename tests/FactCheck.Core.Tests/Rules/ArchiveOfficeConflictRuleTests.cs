using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;
using FactCheck.Core.Tests.Archive;
using static FactCheck.Core.Tests.Rules.ArchiveRuleHarness;

namespace FactCheck.Core.Tests.Rules;

public sealed class ArchiveOfficeConflictRuleTests
{
    private static readonly ArchiveOfficeConflictRule Rule = new();

    private static readonly (string, string, string)[] DeskArticles =
    [
        ("ankara/2012", "2012-04-03", "Turkish Foreign Minister Ahmet Davutoglu flew to Tehran on Tuesday. Davutoglu said the talks would cover trade."),
        ("ankara/2013", "2013-10-21", "Turkish Foreign Minister Ahmet Davutoglu addressed parliament. Davutoglu spoke about the border."),
        ("ankara/2014", "2014-09-02", "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Athens. Cavusoglu said the meeting went well."),
        ("ankara/2016", "2016-05-11", "Turkish Foreign Minister Mevlut Cavusoglu visited Berlin on Wednesday. Cavusoglu discussed visas."),
        ("ankara/2018", "2018-03-14", "Turkish Foreign Minister Mevlut Cavusoglu spoke at a forum in Antalya. Cavusoglu praised the hosts."),
        ("moscow/2018a", "2018-02-08", "Russian Foreign Minister Sergey Lavrov held talks in Sochi. Lavrov said progress was slow."),
        ("moscow/2018b", "2018-04-26", "Russian Foreign Minister Sergey Lavrov met envoys in Moscow. Lavrov declined to comment."),
    ];

    private static InMemoryPeopleArchive Desk() => ArchiveOf(DeskArticles);

    [Theory]
    // The archive's holder at the draft's date is someone else.
    [InlineData("2017-06-01", """
        [|Turkish Foreign Minister|] Hakan Demir arrived in Brussels on Monday. Demir said Turkey wanted closer ties.
        """)]
    // The person held the office, but the archive saw someone else take it over since.
    [InlineData("2017-06-01", """
        [|Turkish Foreign Minister|] Ahmet Davutoglu arrived in Brussels on Monday. Davutoglu said Turkey wanted closer ties.
        """)]
    // Within a year after the last sighting the archive's holder still stands.
    [InlineData("2018-12-01", """
        [|Turkish Foreign Minister|] Hakan Demir arrived in Brussels on Monday. Demir said Turkey wanted closer ties.
        """)]
    public void Flags_an_office_the_archive_has_someone_else_in(string date, string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), date);

    [Theory]
    // The archive's holder.
    [InlineData("2017-06-01", """
        Turkish Foreign Minister Mevlut Cavusoglu arrived in Brussels on Monday. Cavusoglu said Turkey wanted closer ties.
        """)]
    // The holder of the draft's own date, before the archive saw the change.
    [InlineData("2013-01-15", """
        Turkish Foreign Minister Ahmet Davutoglu arrived in Brussels on Monday. Davutoglu said Turkey wanted closer ties.
        """)]
    // Another country's office: the qualifier is part of the office.
    [InlineData("2017-06-01", """
        Syrian Foreign Minister Hakan Demir arrived in Brussels on Monday. Demir said Syria wanted closer ties.
        """)]
    // The draft states the transition.
    [InlineData("2017-06-01", """
        Former Turkish Foreign Minister Ahmet Davutoglu arrived in Brussels on Monday. Davutoglu said Turkey wanted closer ties.
        """)]
    [InlineData("2017-06-01", """
        Turkish Foreign Minister Hakan Demir was sworn in on Monday. Demir said Turkey wanted closer ties.
        """)]
    [InlineData("2017-06-01", """
        Turkish Foreign Minister Hakan Demir, who succeeded Mevlut Cavusoglu in May, arrived in Brussels on Monday.
        """)]
    // The sentence dates the office to years before the archive's holder took it.
    [InlineData("2017-06-01", """
        In 2009 Turkish Foreign Minister Hakan Demir arrived in Brussels for talks on the border.
        """)]
    // More than a year after the archive last saw the office: it no longer knows the holder.
    [InlineData("2019-06-01", """
        Turkish Foreign Minister Hakan Demir arrived in Brussels on Monday. Demir said Turkey wanted closer ties.
        """)]
    // Before anyone the archive saw in the office.
    [InlineData("2010-06-01", """
        Turkish Foreign Minister Hakan Demir arrived in Brussels on Monday. Demir said Turkey wanted closer ties.
        """)]
    // An office without its country could be anyone's.
    [InlineData("2017-06-01", """
        Foreign Minister Hakan Demir arrived in Brussels on Monday. Demir said his country wanted closer ties.
        """)]
    public void Does_not_flag_the_holder_another_office_a_stated_change_or_a_stale_record(string date, string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), date);

    [Theory]
    // No country on the office, but a nationality elsewhere and no other country: Turkey's foreign minister.
    [InlineData("""
        [|Foreign Minister|] Ahmet Davutoglu arrived in Brussels on Monday. Davutoglu said Turkish exporters wanted closer ties.
        """)]
    // The country named as the one whose parliament it is, not as a place someone goes.
    [InlineData("""
        [|Foreign Minister|] Hakan Demir told Turkey's parliament on Monday that the border would stay open.
        """)]
    public void Flags_a_bare_office_whose_country_the_rest_of_the_draft_settles(string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), "2017-06-01");

    [Theory]
    // The one country is only where he went: a visiting foreign minister is another country's.
    [InlineData("Foreign Minister Hakan Demir arrived in Turkey on Monday for talks on the border.")]
    // Two countries in the draft: whose office it is stays open.
    [InlineData("Foreign Minister Hakan Demir met Turkish and Syrian envoys in Brussels on Monday.")]
    [InlineData("""
        Foreign Minister Hakan Demir spoke in Brussels on Monday. Turkish officials attended. Russia sent no one.
        """)]
    // The archive has him as another country's foreign minister: the draft's country is the one he visits.
    [InlineData("Foreign Minister Sergey Lavrov met Turkish officials in Ankara on Monday.")]
    // History: the sentence dates the office to before the archive's holder.
    [InlineData("In the 1990s, Foreign Minister Hakan Demir said Turkish exporters wanted closer ties.")]
    // Not a country's office: a governor or a mayor belongs to a state or a city.
    [InlineData("Governor Hakan Demir said Turkish farmers needed rain.")]
    public void Does_not_flag_a_bare_office_whose_country_is_a_place_ambiguous_or_not_national(string marked) =>
        AssertFlagsExactly(Rule, marked, Desk(), "2017-06-01");

    [Fact]
    public void A_bare_office_flag_says_which_country_it_was_read_as()
    {
        var flag = Assert.Single(Run(Rule, "Foreign Minister Hakan Demir said Turkish exporters wanted closer ties.", Desk(), "2017-06-01"));

        Assert.StartsWith("Foreign Minister (read as Turkey's, the one country the draft names) is given to \"Hakan Demir\" here", flag.Message, StringComparison.Ordinal);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Office, "hakan demir", OfficeKey.Of("foreign minister", "turkey")), Assert.IsType<ArchiveEvidence>(flag.Archive).DraftClaim);
    }

    [Fact]
    public void A_newer_established_holder_wins()
    {
        var archive = ArchiveOf([.. DeskArticles,
            ("ankara/2018b", "2018-07-09", "Turkish Foreign Minister Hakan Demir visited Baku. Demir signed a pipeline deal."),
            ("ankara/2018c", "2018-09-17", "Turkish Foreign Minister Hakan Demir spoke in New York. Demir called for a ceasefire.")]);

        Assert.Empty(Run(Rule, "Turkish Foreign Minister Hakan Demir arrived in Brussels on Monday.", archive, "2018-08-01"));
        var flag = Assert.Single(Run(Rule, "Turkish Foreign Minister Mevlut Cavusoglu arrived in Brussels on Monday.", archive, "2018-08-01"));
        Assert.Contains("Hakan Demir", flag.Message, StringComparison.Ordinal);
        Assert.Contains("before Hakan Demir took over", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_names_the_holder_and_the_dates_and_the_evidence_the_articles()
    {
        var flag = Assert.Single(Run(Rule, "Turkish Foreign Minister Ahmet Davutoglu arrived in Brussels on Monday.", Desk(), "2017-06-01"));

        Assert.Equal(
            "Turkish Foreign Minister is given to \"Ahmet Davutoglu\" here, but the newsroom archive has Mevlut Cavusoglu in that office "
            + "(3 articles, first seen 2014-09-02, last seen 2018-03-14, latest ankara/2018); it last saw Ahmet Davutoglu in it on 2013-10-21, before Mevlut Cavusoglu took over.",
            flag.Message);
        Assert.Null(flag.Suggestion);
        var evidence = Assert.IsType<ArchiveEvidence>(flag.Archive);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Office, "ahmet davutoglu", OfficeKey.Of("foreign minister", "turkey")), evidence.DraftClaim);
        Assert.Equal(new ArchiveClaim(ArchiveClaimKind.Office, "mevlut cavusoglu", OfficeKey.Of("foreign minister", "turkey")), evidence.ArchiveSide);
        Assert.Equal(["ankara/2018", "ankara/2016", "ankara/2014"], evidence.Articles.Select(a => a.Id));
    }

    [Fact]
    public void One_article_establishes_no_holder()
    {
        var archive = ArchiveOf(("ankara/2014", "2014-09-02", "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Athens."));

        Assert.Empty(Run(Rule, "Turkish Foreign Minister Hakan Demir arrived in Brussels on Monday.", archive, "2014-10-01"));
    }

    [Fact]
    public async Task A_reviewer_establishing_the_drafts_holder_silences_it()
    {
        var draft = "Turkish Foreign Minister Hakan Demir arrived in Brussels on Monday.";
        var archive = Desk();
        Assert.Single(Run(Rule, draft, archive, "2017-06-01"));
        await archive.RecordAsync(Observe("draft", Date("2017-06-01"), draft));
        var claim = new ArchiveClaim(ArchiveClaimKind.Office, "hakan demir", OfficeKey.Of("foreign minister", "turkey"));
        await archive.RecordDecisionAsync(new ArchiveDecision(claim, ArchiveVerdict.Established, Date("2017-06-01")) { ArticleId = "draft" });

        Assert.Empty(Run(Rule, draft, archive, "2017-06-01"));
    }
}
