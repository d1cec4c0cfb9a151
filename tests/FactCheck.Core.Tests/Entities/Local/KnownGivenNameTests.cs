using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>A given name the document already has as a person, before a surname that is also a place.</summary>
public sealed class KnownGivenNameTests
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
    [InlineData("""
        [|Frank Messina|]: A Poet at the Ballpark

        Fans stop him and say, 'Hey [|Frank|], great poem.' (copyright [|Frank Messina|])
        """)]
    public void A_known_given_name_before_a_place_word_is_a_full_name(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Fans stop him and say, 'Hey [|Frank|], great poem.' The Frank Foundation paid for the Frank Street mural.")]
    [InlineData("Frank Messina is a city street name, and nobody here is called by it.")]
    public void A_given_name_before_a_keyword_or_with_no_person_in_the_document_stays_as_it_is(string marked) =>
        AssertPersonsExactly(marked);
}
