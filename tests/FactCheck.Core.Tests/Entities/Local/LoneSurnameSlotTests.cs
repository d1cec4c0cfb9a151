using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>Lone surnames that a list reads as an everyday word or a nationality, in slots only a person fills.</summary>
public sealed class LoneSurnameSlotTests
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
    [InlineData("The study was led by professor [|Fields|] of the medical school.")]
    [InlineData("A letter from the composer [|Mozart|] was read out, senator [|Warner|] noted.")]
    [InlineData("[|Baloch|] said the figures were wrong.")]
    [InlineData("After the vote, [|English|] told reporters she would stay.")]
    public void A_lone_surname_after_a_lower_case_title_or_a_nationality_word_as_speaker_is_a_person(string marked) =>
        AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The Greek gas producer Petravon signed a letter of intent.")]
    [InlineData("The minister Tuesday rejected the plan.")]
    [InlineData("The Pakistani said nothing at the border.")]
    [InlineData("Few here speak Baloch said the teacher.")]
    [InlineData("Turkish officials said the talks would resume.")]
    public void A_company_after_a_trade_a_weekday_or_a_nationality_as_adjective_or_language_is_no_one(string marked) =>
        AssertPersonsExactly(marked);

    [Theory]
    [InlineData("We'll hear argument first this morning in Case 22-506, [|Quorvell|] versus Nebraska.")]
    [InlineData("The court relied on Nebraska versus [|Quorvell|] and on nothing else.")]
    public void A_party_of_a_case_spoken_as_versus_is_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("People come up and say, 'Hey [|Frank|], great poem.' I tell them my name is [|Frank|] too.")]
    [InlineData("She wrote: '[|Frank|], thank you for the reading.'")]
    public void A_given_name_that_is_also_a_word_is_a_person_where_someone_is_greeted_or_named(string marked) =>
        AssertPersonsExactly(marked);

    [Theory]
    [InlineData("To be frank, the reading was long. Frank talks followed, and the Frank report came out in May.")]
    public void A_given_name_that_is_also_a_word_is_no_one_elsewhere(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("As shown by [|Quenby|] and [|Marsett|] 1997, the effect is small.")]
    public void Two_authors_and_a_bare_year_in_running_text_are_cited_authors(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Crowds in Tokyo and London 2012 were smaller than hoped.")]
    [InlineData("Sales of Quenby 1997 wines fell.")]
    public void A_place_pair_or_one_word_before_a_year_is_no_author(string marked) => AssertPersonsExactly(marked);
}
