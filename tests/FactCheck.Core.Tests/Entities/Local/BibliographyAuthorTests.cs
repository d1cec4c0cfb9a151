using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>Authors in the entries of a reference list, whatever their surnames are as words.</summary>
public sealed class BibliographyAuthorTests
{
    private static void AssertPersonsExactly(string marked)
    {
        var fixture = MarkedText.Parse(marked);
        var persons = new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(fixture.Text)).Entities
            .Where(e => e.Category == EntityCategory.Person);
        Assert.Equal(
            fixture.Spans.Select(s => $"{s.Offset}:{fixture.Text.Substring(s.Offset, s.Length)}"),
            persons.Select(p => $"{p.Offset}:{p.Text}"));
    }

    [Fact]
    public void Every_author_of_a_reference_list_is_a_person_and_an_inverted_author_is_the_surname()
    {
        AssertPersonsExactly("""
            Birds in wheat fields sing less in dry years.

            [|Marks|], H., & [|Rice|], J. (2016). Counting birds. Field Notes, 4, 1-9.
            [|Cross|], A. M., [|Baker|], T., [|Fields|], R., et al. (2001). Wheat and weather. Crop Studies, 2, 3-4.
            [|Hollis|], Jane, and [|Martha Penrose|]. Letters from the Fens. Norwich: Reed Press, 1990.
            [|van Dijk|], T. A. 2005. Dry summers. Bern: Lang.
            """);
    }

    [Fact]
    public void Numbered_entries_initials_with_hyphens_and_undated_entries_are_read()
    {
        AssertPersonsExactly("""
            [1] [|Tallis|], J.R., & [|Dupont|], J.-P. (n.d.). On hedges.
            [2] [|Rivers|], M., & [|Stone|], P. (2011). On ditches.
            """);
    }

    [Fact]
    public void One_entry_under_a_references_heading_is_a_bibliography()
    {
        AssertPersonsExactly("""
            The counts rose again in the spring.

            References

            [|Sparrow|], K., & [|Heath|], L. (2019). Spring counts. Field Notes, 7, 2-5.
            """);
    }

    [Fact]
    public void One_entry_shaped_line_alone_makes_no_bibliography()
    {
        AssertPersonsExactly("""
            The village counted its birds again.
            Heath, Anna. The old inn where she sang closed in 2019.
            """);
    }

    [Theory]
    [InlineData("""
        WASHINGTON, D.C. (Reuters) - The senators met on Monday to discuss the budget for 2011.
        PARIS, France (AP) - Talks on the treaty resumed in 2011.
        """)]
    [InlineData("""
        Paris, France (2011) - Talks on the treaty resumed on Monday.
        Geneva, Switzerland (2011) - The envoys left on Tuesday.
        """)]
    [InlineData("""
        The council met in 2010 and voted twice.
        Ministry, Health and Welfare (2010). Annual figures. Capital Press.
        Council, Town (2011). Annual figures. Capital Press.
        """)]
    public void Datelines_places_and_bodies_at_the_head_of_lines_are_no_entries(string text) => AssertPersonsExactly(text);

    [Fact]
    public void A_list_of_surnames_in_news_is_no_entry()
    {
        AssertPersonsExactly("""
            Hollis, Penrose, and Tallis later agreed the plan would cost $2 million in 2010.
            Hollis, Penrose and Tallis all voted against it in 2009.
            """);
    }
}
