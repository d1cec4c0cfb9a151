using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Core.Tests.Entities;

public sealed class PersonResolverTests
{
    private static DocumentAnalysis Analyze(string text)
    {
        var document = ExtractedDocument.FromPlainText(text);
        return PersonResolver.Analyze(document, new LocalEntityRecognizer().Recognize(document));
    }

    [Fact]
    public void Attaches_office_nationality_and_qualifier_to_the_mention()
    {
        var analysis = Analyze("""
            Turkish Foreign Minister Mevlut Cavusoglu met Deputy Foreign Minister Mikhail Bogdanov and Russia's Foreign Minister Sergey Lavrov.
            """);

        var cavusoglu = analysis.Persons.Single(p => p.Span.Text == "Mevlut Cavusoglu");
        Assert.Equal("foreign minister", cavusoglu.Role?.Office);
        Assert.Equal("turkey", cavusoglu.Role?.Nationality);
        Assert.Null(cavusoglu.Role?.Qualifier);

        var bogdanov = analysis.Persons.Single(p => p.Span.Text == "Mikhail Bogdanov");
        Assert.Equal("foreign minister", bogdanov.Role?.Office);
        Assert.Equal("deputy", bogdanov.Role?.Qualifier);

        var lavrov = analysis.Persons.Single(p => p.Span.Text == "Sergey Lavrov");
        Assert.Equal("russia", lavrov.Role?.Nationality);
    }

    [Fact]
    public void Reads_a_role_from_an_appositive_after_the_name()
    {
        var analysis = Analyze("Sergey Lavrov, the Russian foreign minister, said the talks were useful.");

        var lavrov = analysis.Persons.Single(p => p.Span.Text == "Sergey Lavrov");
        Assert.Equal("foreign minister", lavrov.Role?.Office);
        Assert.Equal("russia", lavrov.Role?.Nationality);
    }

    [Fact]
    public void Attaches_the_affiliation_without_moving_the_name_span()
    {
        var analysis = Analyze("Democrat Nancy Pelosi met Senator Mitch McConnell (R-Ky.) on Tuesday.");

        var pelosi = analysis.Persons.Single(p => p.Span.Text == "Nancy Pelosi");
        Assert.Equal("democratic", pelosi.Affiliation?.Key);
        Assert.Equal("Democrat", pelosi.Affiliation?.Display);
        var mcconnell = analysis.Persons.Single(p => p.Span.Text == "Mitch McConnell");
        Assert.Equal("republican", mcconnell.Affiliation?.Key);
        Assert.Equal("senator", mcconnell.Role?.Office);
    }

    [Fact]
    public void Groups_surname_mentions_with_their_introduction()
    {
        var analysis = Analyze("""
            Foreign Minister Faisal al-Mekdad spoke first. Mekdad said the priority was clear.
            Mikhail Bogdanov replied, and Bogdanov’s aides nodded.
            """);

        var mekdad = analysis.People.Single(c => c.FoldedSurname == "mekdad");
        Assert.Equal("Faisal al-Mekdad", mekdad.Introduction?.Span.Text);
        Assert.Equal(2, mekdad.Mentions.Count);
        var bogdanov = analysis.People.Single(c => c.FoldedSurname == "bogdanov");
        Assert.Equal(2, bogdanov.Mentions.Count);
    }

    [Fact]
    public void Trims_a_possessive_a_recognizer_left_on_the_span()
    {
        var text = "Talks followed Bogdanov’s confirmation.";
        var document = ExtractedDocument.FromPlainText(text);
        var start = text.IndexOf("Bogdanov", StringComparison.Ordinal);
        var recognition = new RecognitionResult([new Entity("Bogdanov’s", EntityCategory.Person, start, "Bogdanov’s".Length)]);

        var mention = Assert.Single(PersonResolver.Analyze(document, recognition).Persons);

        Assert.Equal("Bogdanov", mention.Span.Text);
        Assert.Equal(start, mention.Span.Offset);
    }
}
