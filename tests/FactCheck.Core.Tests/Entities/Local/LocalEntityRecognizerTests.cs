using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Tests.Rules;

namespace FactCheck.Core.Tests.Entities.Local;

public sealed class LocalEntityRecognizerTests
{
    private static IReadOnlyList<Entity> Recognize(string text, EntityCategory category) =>
        new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(text)).Entities.Where(e => e.Category == category).ToArray();

    private static void AssertPersonsExactly(string marked)
    {
        var fixture = MarkedText.Parse(marked);
        var persons = Recognize(fixture.Text, EntityCategory.Person);
        Assert.Equal(
            fixture.Spans.Select(s => $"{s.Offset}:{fixture.Text.Substring(s.Offset, s.Length)}"),
            persons.Select(p => $"{p.Offset}:{p.Text}"));
    }

    [Theory]
    [InlineData("Turkish Foreign Minister [|Mevlut Cavusoglu|] emphasized the need for talks.")]
    [InlineData("Ex-Prime Minister [|Lena Halvorsen|] wrote to the council.")]
    [InlineData("The then-President [|Arvid Kolstad|] signed it.")]
    [InlineData("In response to Deputy Foreign Minister [|Mikhail Bogdanov|]’s confirmation, talks began.")]
    [InlineData("Foreign Minister [|Faisal al-Mekdad|] expressed the primary objective.")]
    [InlineData("During the meeting, Russian Foreign Minister [|Sergey Lavrov|] emphasized the road map.")]
    [InlineData("The midfielder [|Kevin De Bruyne|] scored twice.")]
    [InlineData("The author [|L. Ron Hubbard|] founded the group.")]
    [InlineData("Mayor [|Hau Lung-bin|] opened the festival.")]
    [InlineData("Striker [|Kim Shin-wook|] missed a chance.")]
    [InlineData("Chef [|Andrea Zamperoni|] was found on Friday.")]
    [InlineData("A statement from Mr. [|Tedeschi|] followed.")]
    [InlineData("We started the studio together. I'm [|Isabel Ruiz|], and I draw.")]
    [InlineData("\"Hey [|Frank Moreno|], over here,\" she called.")]
    public void Finds_the_name_without_title_or_possessive(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Thank you, counsel. Justice [|Thorvald|], any questions for the petitioner?")]
    [InlineData("The court then heard General [|Maravel|] for the government.")]
    [InlineData("Crowds lined the road as King [|Harald|] arrived.")]
    [InlineData("The inventor [|Dean Halvik|] showed his new pump.")]
    public void A_title_that_is_an_everyday_word_is_the_title_even_when_it_is_a_given_name_too(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The survey covered the Kwelaay Dembaro spoken on the coast and its neighbours.")]
    [InlineData("Elders in a Tirunko Basse village keep the old names.")]
    public void Two_unknown_capitalized_words_after_an_article_are_no_one(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The plan was criticised by [|Kwelaay Dembaro|] of the farmers' union.")]
    [InlineData("Last week [|Tirunko Basselo|] of the school board resigned.")]
    public void Two_unknown_capitalized_words_in_running_text_are_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Cyclone Marlowe reached the coast at dawn. Marlowe's winds weakened inland, forecasters said.")]
    [InlineData("As of the last advisory, T C Dorvana had winds of 190 km/h. Typhoon Dorvana then turned north.")]
    public void A_storm_s_name_is_no_person_anywhere_in_the_story(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The storm hit the coast at dawn. [|Marlowe Tennant|], who runs the shelter, said 40 families came.")]
    public void A_person_in_a_story_about_a_storm_is_still_a_person(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Uh, I went to the office. Uh [|Marrick|] said he would pay the wages, um, in May.")]
    [InlineData("Erm, the contract, uh, was signed, and Hmm was all he said.")]
    public void A_filler_of_transcribed_speech_is_no_name(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The singer [|Nasreen Baloch|] performed in the capital.")]
    [InlineData("The reporter [|Harriet English|] filed the story.")]
    public void A_nationality_word_closing_a_name_is_its_surname(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The Pakistani Baloch minority protested.")]
    [InlineData("Leaders of the Sunni Baloch community met.")]
    public void A_nationality_word_after_another_group_word_is_no_surname(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("After a long night [|Schwartz|] agreed to the terms.")]
    [InlineData("The appeal by [|Nguyen|]'s lawyers was heard on Monday.")]
    public void Finds_a_lone_listed_surname_as_a_subject_or_owner(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("Workers at Ford walked out on Monday.")]
    [InlineData("The rally in Jackson ended peacefully.")]
    [InlineData("The senator visited the Schwartz Center, which opened in May.")]
    public void A_lone_surname_without_a_subject_s_or_owner_s_slot_is_no_one(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("They walk up and say, 'Hey [|Gareth|], nice poem,' every week.")]
    [InlineData("I tell them my name is [|John|] and they laugh.")]
    [InlineData("The story follows the woman [|Eva|] through the war.")]
    [InlineData("The test was written when [|Rebecca|] and I shared an office.")]
    [InlineData("The letter began, '[|Gareth|], thank you for the game.'")]
    [InlineData("The pilot was helped by [|Deborah|], who ran the radio.")]
    public void Finds_a_lone_given_name_where_only_a_person_can_stand(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("She wore her new Epic Mickey costume to the hall.")]
    [InlineData("The Ulysses probe carried a dust detector.")]
    [InlineData("Fees were owed by the school Immacolata in the old town.")]
    public void A_lone_given_name_without_a_person_s_slot_is_no_one(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The effect was first described by [|Marrow|] (1987) in a study of wheat.")]
    [InlineData("Earlier work found no such gap ([|Osterby|], 2011).")]
    [InlineData("Later surveys disagreed ([|Tallis|], [|Baker|], & [|Marks|], 2016).")]
    [InlineData("The method follows [|Pellan|] and [|Brisco|] (1995) closely.")]
    [InlineData("Others report the opposite ([|Vandrell|] 2014; [|Quenby|] et al., 2005).")]
    [InlineData("The birds studied by [|Hallorn|] and [|Weskitt|] [7] exercised all day.")]
    [InlineData("A larger sample was used by [|Okonjo|] et al. in the follow-up.")]
    [InlineData("The court relied on [|Lindgate|] v. [|Rusholme|] in its ruling.")]
    public void Finds_cited_authors_and_case_parties_whatever_their_words(string marked) => AssertPersonsExactly(marked);

    [Theory]
    [InlineData("The agreement was signed in Paris (1998) by both sides.")]
    [InlineData("Sales fell sharply (Windows, 2001) that quarter.")]
    [InlineData("The tournament (Euro 2016) drew large crowds.")]
    [InlineData("Ask the Ministry (2019) for the figures.")]
    public void Years_after_places_products_and_institutions_make_no_author(string marked) => AssertPersonsExactly(marked);

    [Fact]
    public void A_full_name_anchors_later_surname_and_diacritic_mentions()
    {
        AssertPersonsExactly("""
            Foreign Minister [|Mevlüt Çavuşoğlu|] arrived on Monday.
            Later [|Cavusoglu|] met the press, and [|Çavuşoğlu|]’s aides said little.
            """);
    }

    [Fact]
    public void A_surname_mention_before_the_introduction_is_still_a_person()
    {
        AssertPersonsExactly("""
            [|Mekdad|] said the objective was clear.
            Foreign Minister [|Faisal al-Mekdad|] spoke at length.
            """);
    }

    [Fact]
    public void Places_organisations_and_sentence_openers_are_not_people()
    {
        var persons = Recognize("""
            During the meeting in Moscow, the United Nations and the European Union said Syria, Russia and Turkey would meet.
            The Syrian Observer has not verified the content. Positive outcomes were achieved, according to Russia Today.
            """, EntityCategory.Person);

        Assert.Empty(persons);
    }

    [Fact]
    public void Reports_places_nationalities_and_titles_as_their_own_entities()
    {
        var text = "Turkish Foreign Minister Mevlut Cavusoglu flew to Moscow.";
        var entities = new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(text)).Entities;

        Assert.Contains(entities, e => e.Category == EntityCategory.Nationality && e.Text == "Turkish");
        Assert.Contains(entities, e => e.Category == EntityCategory.PersonType && e.Text == "Foreign Minister");
        Assert.Contains(entities, e => e.Category == EntityCategory.Location && e.Text == "Moscow");
    }

    [Fact]
    public void Every_entity_span_is_the_text_at_its_offsets()
    {
        var text = "Deputy Foreign Minister Mikhail Bogdanov’s visit to Damascus 🇸🇾 followed talks with Faisal al-Mekdad in Moscow.";
        foreach (var entity in new LocalEntityRecognizer().Recognize(ExtractedDocument.FromPlainText(text)).Entities)
        {
            Assert.Equal(entity.Text, text.Substring(entity.Offset, entity.Length));
        }
    }
}
