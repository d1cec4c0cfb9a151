using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>A person the document calls by one unlisted name only, found from where that name keeps standing.</summary>
public sealed class RecurringLoneNameTests
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
    [InlineData("Both panels agreed that [|Quorvell|]'s prints comment on fame. [|Quorvell|]'s estate licensed them. The museum bought the original [|Quorvell|] works.")]
    [InlineData("[|Vantrell|] painted the series in 1964. Critics later told [|Vantrell|] that it was the best of his work.")]
    [InlineData("The letter reached [|Ostrander|] in May. [|Ostrander|], who ran the mill, replied that wages would rise. [|Ostrander|] insisted on it.")]
    [InlineData("But [|Quorvell|] refused. The judges asked [|Quorvell|] twice.")]
    [InlineData("The hall shows a rare set of [|Vellaro|] paintings. Visitors look longest at the [|Vellaro|] portraits by the window.")]
    public void A_recurring_unlisted_word_where_people_stand_is_a_person_everywhere_it_stands_alone(string marked) =>
        AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Users praised Brennik on launch day. Brennik's servers failed on Monday.")]
    [InlineData("Brennik's servers failed. Brennik's owners apologised. Shops in Brennik were closed.")]
    [InlineData("Zelmorax's makers raised the price. Zelmorax's sales fell. Patients who take zelmorax daily complained.")]
    [InlineData("Kwelaay's noun classes differ from its neighbours'. Kwelaay's verbs agree with them. The Kwelaay spoken on the coast has nine classes.")]
    [InlineData("The book was published by Marnholt in 1990 and reprinted by Marnholt in 2001.")]
    [InlineData("The Brennik holds the city's paintings. The museum lent two Brennik paintings to a gallery abroad.")]
    public void A_word_seen_once_where_people_stand_or_also_where_places_and_things_stand_is_no_one(string marked) =>
        AssertPersonsExactly(marked);
}
