using FactCheck.Core.Archive;
using FactCheck.Core.Model;
using FactCheck.Service.Archive;

namespace FactCheck.Service.Tests.Archive;

/// <summary>
/// The People table's rows were written with System.Text.Json's web defaults before the move to Newtonsoft.Json:
/// rows already in a newsroom's table must read the same, and new rows must be the documents the old code wrote.
/// </summary>
public sealed class PeopleRowJsonTests
{
    private static readonly System.Text.Json.JsonSerializerOptions WebDefaults = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static PersonAggregate Aggregate()
    {
        var spelling = new Tally();
        spelling.Add(new StoredRef("2024/01/one.md", new DateOnly(2024, 1, 10), "2024-01-05", "Nancy Pelosi", "Nancy Pelosi"));
        spelling.Add(new StoredRef("2024/03/two.md", new DateOnly(2024, 3, 5), null, "Nancy Pelosi", "Nancy Pelosi"));
        var office = new Tally();
        office.Add(new StoredRef("2024/01/one.md", new DateOnly(2024, 1, 10), "2024-01-05", "Speaker of the House", "Nancy Pelosi"));
        return new PersonAggregate
        {
            PersonKey = "nancy pelosi",
            NameKeys = ["nancy", "pelosi"],
            // Keys are spellings and office keys: capitals and spaces stay as they are.
            Spellings = new(StringComparer.Ordinal) { ["Nancy Pelosi"] = spelling },
            Offices = new(StringComparer.Ordinal) { ["Speaker|house"] = office },
            Decisions = [new StoredDecision(ArchiveClaimKind.Office, "Speaker|house", ArchiveVerdict.Rejected, new DateOnly(2024, 4, 1), null)],
        };
    }

    [Fact]
    public void Writes_the_document_System_Text_Json_wrote()
    {
        var aggregate = Aggregate();

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(aggregate, WebDefaults), PeopleRowJson.Write(aggregate));
    }

    [Fact]
    public void Reads_an_aggregate_System_Text_Json_wrote()
    {
        var written = System.Text.Json.JsonSerializer.Serialize(Aggregate(), WebDefaults);

        var read = PeopleRowJson.Read<PersonAggregate>(written);

        Assert.NotNull(read);
        Assert.Equal(written, System.Text.Json.JsonSerializer.Serialize(read, WebDefaults));
        var spelling = Assert.Single(read.SpellingRecords());
        Assert.Equal(("Nancy Pelosi", 2, new DateOnly(2024, 1, 10), new DateOnly(2024, 3, 5)), (spelling.Display, spelling.ArticleCount, spelling.FirstSeen, spelling.LastSeen));
        Assert.Equal("2024-01-05", read.Spellings["Nancy Pelosi"].Earliest[0].Title);
        Assert.Equal(ArchiveVerdict.Rejected, Assert.Single(read.Decisions).Verdict);
    }

    [Fact]
    public void Reads_an_observation_System_Text_Json_wrote()
    {
        var contribution = new StoredContribution("nancy pelosi", "Nancy Pelosi", ["nancy", "pelosi"], [new StoredOffice("speaker|house", "Speaker")], "a.md", new DateOnly(2024, 1, 10), null);
        var observation = new StoredObservation("a.md", new DateOnly(2024, 1, 10), "Title", [contribution]) { Touched = ["nancy pelosi"] };
        var written = System.Text.Json.JsonSerializer.Serialize(observation, WebDefaults);

        var read = PeopleRowJson.Read<StoredObservation>(written);

        Assert.NotNull(read);
        Assert.Equal(written, PeopleRowJson.Write(read));
        Assert.True(Assert.Single(read.People).SameAs(contribution));
        Assert.Equal(["nancy pelosi"], read.Touched);
    }

    [Fact]
    public void Reads_rows_written_before_affiliations_with_none_and_keeps_affiliations_written_since()
    {
        var oldAggregate = Newtonsoft.Json.Linq.JObject.Parse(PeopleRowJson.Write(Aggregate()));
        oldAggregate.Remove("affiliations");
        var contribution = new StoredContribution("nancy pelosi", "Nancy Pelosi", ["nancy", "pelosi"], [], "a.md", new DateOnly(2024, 1, 10), null);
        var oldContribution = Newtonsoft.Json.Linq.JObject.Parse(PeopleRowJson.Write(contribution));
        oldContribution.Remove("affiliations");

        var aggregate = PeopleRowJson.Read<PersonAggregate>(oldAggregate.ToString());
        var readContribution = PeopleRowJson.Read<StoredContribution>(oldContribution.ToString());

        Assert.NotNull(aggregate);
        Assert.Empty(aggregate.AffiliationRecords());
        Assert.Single(aggregate.SpellingRecords());
        Assert.NotNull(readContribution);
        Assert.Empty(readContribution.Affiliations);
        aggregate.AddContribution(readContribution with { ArticleId = "b.md", Affiliations = [new StoredAffiliation("democratic", "Democrat")] });
        var again = PeopleRowJson.Read<PersonAggregate>(PeopleRowJson.Write(aggregate));
        var affiliation = Assert.Single(again!.AffiliationRecords());
        Assert.Equal(("democratic", "Democrat", 1), (affiliation.AffiliationKey, affiliation.Display, affiliation.ArticleCount));
    }
}
