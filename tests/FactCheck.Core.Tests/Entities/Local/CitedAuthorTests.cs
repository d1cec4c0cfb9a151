using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>Authors in citations whose words a list reads as everyday words, places or keywords.</summary>
public sealed class CitedAuthorTests
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

    [Theory]
    [InlineData("Readers have tired of the topic ([|Rivers|], 2016; [|Osterby|], 2015).")]
    [InlineData("The debate continues ([|Tallis|], 2019; [|Chambers|], 2017; [|Quenby|], 2009).")]
    [InlineData("Practice helps with attention ([|Boot|], [|Hallorn|], & [|Weskitt|], 2008).")]
    [InlineData("Proposals ran from [|Osterby|] (1989) through [|Polio|] and [|Quenby|] 1997 to [|Tallis|] and [|Cross|] 2017.")]
    [InlineData("The estimate was adapted from [|Palmeri|] and [|Weskitt|] (1995) without change.")]
    [InlineData("An early survey by [|Hallorn|] and colleagues [15] found the same.")]
    [InlineData("Photo: [|Daily|] et al.")]
    public void An_everyday_word_or_a_word_after_from_is_an_author_in_a_corroborated_citation(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The languages belong to [|Vandrell|]’s (1971) southern group.")]
    [InlineData("Studies of single poets include [|Quilis|] (1964) and [|Marrow|], (2000) among others.")]
    [InlineData("The first count of calls, from [|Santos|] (1989), listed nine.")]
    public void A_possessive_a_stray_comma_or_a_town_that_is_a_surname_before_the_year_is_an_author(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Sales fell sharply (Windows, 2001) that quarter.")]
    [InlineData("The talks (March and April 2010) failed.")]
    [InlineData("Between Spring and Summer 2010 the club met twice.")]
    [InlineData("The appeal (Autumn, 2019; Winter, 2020) raised little.")]
    [InlineData("Aid came from the Red Cross and Oxfam (2010) within days.")]
    [InlineData("The agreement was signed in Paris (1998) by both sides.")]
    [InlineData("The show moved from Paris and Lyon (1998) to the coast.")]
    [InlineData("Spending on Defence, Health and Welfare (2010) rose.")]
    public void Products_dates_bodies_and_towns_before_a_year_make_no_author(string marked) => AssertPersonsExactly(marked);
}
