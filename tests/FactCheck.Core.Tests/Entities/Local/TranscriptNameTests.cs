using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>Names as transcripts and spoken argument write them: restarted, given with a name, cited from the bench.</summary>
public sealed class TranscriptNameTests
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
    [InlineData("For the respondent: [|Lena Marsh|], [|Owen Tarrick- Tarrickson|], I'm sorry, and [|Ida Pell|].")]
    public void A_name_broken_off_and_restarted_is_one_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    // A hyphen before a word that does not restart the name is a dash: two things, not one name.
    [InlineData("Counsel [|Lena Marsh|]- Birch Street is her office - spoke first.")]
    public void A_name_before_a_dash_and_another_word_stays_as_it_is(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Good morning. My name is [|Amy Sells|], for the appellants.")]
    [InlineData("A farmer named [|Tom Fields|] found the hoard.")]
    public void A_surname_that_is_an_everyday_word_is_a_name_where_a_name_is_being_given(string marked) =>
        AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Sells rose in May, and Amy Sells is a shop on the corner.")]
    public void A_given_name_and_an_everyday_word_elsewhere_are_no_name(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The project ran under the supervision of Prof. [|Marina d'Astolfi|] in Turin.")]
    public void A_surname_with_an_elided_particle_is_part_of_the_name(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The rule was settled in [|Quarles|] v. [|Dobrin|], and at [|Merrow|] v. [|Hale|] the court went further.")]
    public void The_first_party_of_a_case_after_in_or_at_is_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The final in Paris v. Lyon was played at night.")]
    public void A_place_before_versus_stays_a_place(string marked) => AssertPersonsExactly(marked);
}
