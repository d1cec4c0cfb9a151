using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>A name written straight after its institution's name, with no comma between.</summary>
public sealed class OrganizationTailTests
{
    private static IReadOnlyList<Entity> Recognize(string text) =>
        new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(text)).Entities;

    [Theory]
    [InlineData("We spoke with a psychologist at Marlow State University [|Simon Tavell|] about the games.")]
    public void A_given_name_and_a_name_after_an_institution_keyword_is_a_person(string marked)
    {
        var fixture = MarkedText.Parse(marked);
        var entities = Recognize(fixture.Text);
        Assert.Equal(
            fixture.Spans.Select(s => fixture.Text.Substring(s.Offset, s.Length)),
            entities.Where(e => e.Category == EntityCategory.Person).Select(e => e.Text));
        Assert.Contains(entities, e => e.Category == EntityCategory.Organization && e.Text == "Marlow State University");
    }

    [Theory]
    [InlineData("The talk was held at Marlow State University Charles River Campus.")]
    [InlineData("She studied at the Marlow Institute Grace Hall.")]
    public void An_institution_followed_by_a_place_or_building_name_is_no_person(string text) =>
        Assert.DoesNotContain(Recognize(text), e => e.Category == EntityCategory.Person);

    [Theory]
    [InlineData("We welcome our substitute justices, Judge [|Marlyn Park|] and Judge [|Ivo Hall|].")]
    public void A_title_before_a_name_whose_surname_is_a_keyword_makes_it_a_person(string marked)
    {
        var fixture = MarkedText.Parse(marked);
        Assert.Equal(
            fixture.Spans.Select(s => fixture.Text.Substring(s.Offset, s.Length)),
            Recognize(fixture.Text).Where(e => e.Category == EntityCategory.Person).Select(e => e.Text));
    }

    [Theory]
    [InlineData("The rally filled Victoria Park and the Albert Hall.")]
    public void A_keyword_place_without_a_title_is_no_person(string text) =>
        Assert.DoesNotContain(Recognize(text), e => e.Category == EntityCategory.Person);
}
