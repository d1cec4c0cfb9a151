using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

/// <summary>
/// Forms of address that stand for a person ("Your Honor", "Mr. President", "Petitioner" in a brief): Person
/// entities marked <see cref="PersonSubcategory.FormOfAddress"/>, which the resolver and the name rules skip.
/// </summary>
public sealed class FormOfAddressTests
{
    private static void AssertFormsOfAddressExactly(string marked)
    {
        var fixture = MarkedText.Parse(marked);
        var persons = new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(fixture.Text)).Entities
            .Where(e => e.IsFormOfAddress);
        Assert.Equal(
            fixture.Spans.Select(s => $"{s.Offset}:{fixture.Text.Substring(s.Offset, s.Length)}"),
            persons.Select(p => $"{p.Offset}:{p.Text}"));
    }

    [Theory]
    [InlineData("[|Mr. Chief Justice|], and may it please the Court: the statute is plain.")]
    [InlineData("Thank you, [|Madam Speaker|]. The bill is late.")]
    [InlineData("[|Mr. President|], as a veteran of three wars, what do you make of the treaty?")]
    [InlineData("No, respectfully, Your [|Honor|], that is not what the contract says.")]
    [InlineData("So, Your [|Excellency|], the delegation will wait.")]
    public void A_courtesy_title_before_an_office_or_an_honorific_after_your_is_a_form_of_address(string marked) =>
        AssertFormsOfAddressExactly(marked);

    [Theory]
    [InlineData("In May the [|Petitioner|] was arrested. [|Petitioner|] contends the order is void. Had [|Petitioner|] known, he would have left.")]
    [InlineData("The claim fails, [|Respondent|] submits, because the [|Respondent|] paid in full.")]
    public void A_party_word_the_document_writes_as_a_name_is_a_form_of_address(string marked) =>
        AssertFormsOfAddressExactly(marked);

    [Theory]
    // A party word capitalized only at sentence starts, or with an article that makes it one of many, is a noun.
    [InlineData("Respondents were asked to pick one answer. Respondent age was recorded too.")]
    [InlineData("She was a Petitioner in an earlier case, and the petitioner here is her brother.")]
    // A title before a name is a title; an office with no courtesy title is no form of address.
    [InlineData("Mr. President Vorland arrived late, and President Vorland spoke first.")]
    [InlineData("The President spoke to reporters, and the Speaker left.")]
    // "your honor" in lower case is a word; "Her Majesty's Government" is an institution.
    [InlineData("It was, on my honor and your honor, a fair fight. Her Majesty's Government replied.")]
    public void A_party_word_a_title_or_an_honorific_used_as_a_word_is_no_form_of_address(string marked) =>
        AssertFormsOfAddressExactly(marked);

    [Fact]
    public void A_form_of_address_is_a_person_for_the_evaluation()
    {
        var entities = new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText("Thank you, Your Honor. The Petitioner rests, and Petitioner asks for relief.")).Entities;
        var honor = entities.Single(e => e.Text == "Honor");
        Assert.Equal((EntityCategory.Person, PersonSubcategory.FormOfAddress), (honor.Category, honor.Subcategory));
        Assert.Equal(2, entities.Count(e => e.Text == "Petitioner" && e.Category == EntityCategory.Person));
        Assert.DoesNotContain(entities, e => e.Category == EntityCategory.PersonType && e.Offset >= honor.Offset && e.End <= honor.End);
    }

    [Fact]
    public void A_form_of_address_gives_the_resolver_no_mention_and_no_cluster()
    {
        var document = ExtractedDocument.FromPlainText("""
            Appeal heard

            Counsel Daniel Honer spoke first. "Your Honor, the record is clear," Honer said. Mr. President, the Petitioner asks only this. Petitioner rests.
            """);
        var analysis = PersonResolver.Analyze(document, new LocalEntityRecognizer().Recognize(document));
        Assert.Equal(["Daniel Honer", "Honer"], analysis.Persons.Select(p => p.Span.Text));
        Assert.Single(analysis.People);
    }

    [Theory]
    [InlineData("""
        Appeal heard

        Counsel Daniel Honer spoke first. "Your Honor, the record is clear," Honer said.
        """)]
    [InlineData("""
        Petitioner's appeal heard

        Counsel Mara Vellen argued that the Petitioner was never told. Petitioner contends the notice was void, Vellen said.
        """)]
    [InlineData("""
        Honor for the President

        "Mr. President, will you sign it?" asked Ruth Okafor. "Your Honor," Okafor told the judge later, "he did."
        """)]
    public async Task A_form_of_address_raises_no_name_flag(string text)
    {
        var document = ExtractedDocument.FromPlainText(text, "fixture.txt");
        var checker = new DocumentChecker(new LocalEntityRecognizer(), new RuleEngine(RuleCatalog.CreateAll()));
        var report = await checker.CheckAsync(document);
        Assert.DoesNotContain(report.Flags, f => f.Rule is "name-mismatch" or "name-spelling-variant" or "unintroduced-name" or "headline-body");
    }
}
