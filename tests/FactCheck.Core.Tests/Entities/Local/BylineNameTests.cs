using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>Author lines of papers: bare initials, and a name before its owner's e-mail address.</summary>
public sealed class BylineNameTests
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
    [InlineData("[|K L Marrow|] and [|P Denton|]")]
    [InlineData("Drying Rates of Wheat\n[|J Hallorn|], [|M R Weskitt|] and [|T Ponce|]")]
    public void Bare_initials_before_a_word_make_a_name_even_when_the_word_is_a_place(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("She bought a J Crew jacket on K Street near the S Club venue.")]
    [InlineData("A Tuesday meeting was held, and I Spain visited.")]
    [InlineData("The T Mobile shop sold a U S Steel share.")]
    public void Letters_before_everyday_words_keywords_or_the_article_make_no_name(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("[|Mara Fields|] m.fields@uni.example Department of Soil Science")]
    [InlineData("Corresponding author: [|Tomas Brook|] (tbrook@lab.example)")]
    [InlineData("Soil Institute, Norway [|Tomas Brook|] tomas.brook@lab.example Soil Institute, Norway")]
    public void A_name_before_its_own_e_mail_address_is_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Soil Science office@uni.example is open on weekdays.")]
    [InlineData("Write to Field Studies editors@journal.example with questions.")]
    public void Words_before_an_address_that_is_not_theirs_are_no_one(string marked) => AssertPersonsExactly(marked);
}
