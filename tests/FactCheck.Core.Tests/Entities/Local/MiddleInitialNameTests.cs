using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>A word, a middle initial and a word: a person's shape, whatever lists the words are in.</summary>
public sealed class MiddleInitialNameTests
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
    [InlineData("The appellants were [|Marvella Quist|], [|Orlaith B. Vennard|], and others.")]
    [InlineData("For the respondents: [|Kestrin M. Dowell|] and [|Tamsin Orrery|].")]
    [InlineData("The bar is co-owned by [|Jon-Arvid G. Holmquist|].")]
    public void A_word_a_middle_initial_and_a_word_are_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Passengers wait at Terminal B. Staff hand out water.")]
    [InlineData("Doctors said Vitamin D. Levels were low in most patients.")]
    public void Places_and_things_with_a_letter_are_no_one(string marked) => AssertPersonsExactly(marked);
}
