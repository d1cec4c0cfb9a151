using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>An unknown pair after "in" that an address chain continues ("in X Y, Town, Country") is a place.</summary>
public sealed class AddressedPlaceTests
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
    [InlineData("This week the author is in Vellano Terme, Ostria, Italy for a reading. What brings you to Vellano?")]
    public void A_pair_after_in_before_its_region_and_country_is_no_one(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The praise went to [|Marek Dolny|], [|Ilse Varnow|] and [|Tom Reed|].")]
    public void Names_listed_after_to_are_still_people(string marked) => AssertPersonsExactly(marked);
}
