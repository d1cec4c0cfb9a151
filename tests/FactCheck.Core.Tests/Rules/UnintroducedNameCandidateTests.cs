using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Rules;

/// <summary>Surnames the recognizer does not call persons, reported only where a person stands.</summary>
public sealed class UnintroducedNameCandidateTests
{
    private static readonly UnintroducedNameRule Rule = new();

    [Theory]
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        The plan was approved, according to [|Quellmark|].
        """)]
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        Residents cheered, said [|Quellmark|], when the result was read.
        """)]
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        [|Quellmark|], the deputy mayor of the town, read the result.
        """)]
    // An ordinary word that is a known surname, opening a sentence with a verb after it.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        [|Fields|] was elected chair of the harbour board.
        """)]
    // A known surname, used once, as the object of a verb or preposition people take.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        The mayor later gave [|Carrasco|] a seat on the harbour board.
        """)]
    // A known surname as the object of a past tense.
    [InlineData("""
        The ceremony ran late. The mayor congratulated [|Kowalczyk|], saying the award was overdue.
        """)]
    // An ordinary word that is a known surname, opening a sentence with an adverb and a verb after it.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        [|Fields|] once told the board the dredging was overdue.
        """)]
    // A word no list knows, used once, as the object of a verb or preposition that takes people.
    [InlineData("""
        The council met on Tuesday to discuss the harbour. The mayor met with [|Vorhagen|] during the visit.
        """)]
    // The subject of a reported clause: between two past tenses.
    [InlineData("""
        The council met on Tuesday to discuss the harbour. The court ruled [|Vorhagen|] lacked the authority to close it.
        """)]
    // An age in an appositive is given only to people.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        [|Vorhagen|], 41, has run the ferry service since 2015.
        """)]
    // A clause's subject after an opening phrase, doing something.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        If re-elected, [|Vorhagen|] would close the ferry service.
        """)]
    // A subject set off by commas before lower-case words; a known surname used once counts too.
    [InlineData("""
        The council met on Tuesday to discuss the harbour.
        According to the minutes, [|Ostrowski|], now chair of the board, opposed the plan.
        """)]
    public void Flags_a_word_standing_where_a_person_stands(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);

    [Theory]
    // A dictionary word after a past tense is the word: "certified Diamond".
    [InlineData("""
        The album was certified Diamond by the industry body in 1984.
        """)]
    // After an article it is a thing.
    [InlineData("""
        The council met on Tuesday. A Quellmark said to be worth millions was on display.
        """)]
    // A case name.
    [InlineData("""
        The court relied on Brandt v. Quellmark in its ruling on Tuesday.
        """)]
    // An ordinary word opening a sentence.
    [InlineData("""
        The council met on Tuesday. Researchers said the harbour was silting up.
        """)]
    // An ordinary word opening a sentence with a verb after it, where no list has it as a surname.
    [InlineData("""
        The council met on Tuesday. Silt was rising in the harbour, and Dredging would start in May.
        """)]
    // A surname that is also a place, after a preposition of place; and a list of children's given names.
    [InlineData("""
        The festival moved to a field in Carrasco this year.
        Their daughters, Nadine, Ashley and Toni, sold lemonade at the gate.
        """)]
    // Introduced by full name.
    [InlineData("""
        Deputy mayor Ilse Quellmark opened the meeting. Quellmark said the harbour was silting up.
        """)]
    // A topic the article keeps coming back to is no person.
    [InlineData("""
        Quellmark spread through the harbour towns this summer. Quellmark cases doubled in August.
        """)]
    // Ordinary words opening a sentence before a past tense, even with an adverb between.
    [InlineData("""
        The storm reached the valley on Tuesday. Frost damaged the crops. Rice once dominated the valley.
        """)]
    // After "with", a capital before a lower-case word is a modifier; a nationality's plural is a group of people.
    [InlineData("""
        The dessert is topped with Quellmark chocolate flakes. The islands changed after contact with Europeans.
        """)]
    // After a past tense, a capital before a noun is a modifier.
    [InlineData("""
        The harbour board met on Tuesday. The firm acquired Quellmark shares last year.
        """)]
    // A species name after a comma: its lower-case second half is no verb.
    [InlineData("""
        The divers sampled two corals off the reef, Acropora millepora and Porites cylindrica.
        """)]
    // A list of places set off by commas goes on with "and", not with a verb.
    [InlineData("""
        The ferry calls at three towns on the route, Vorhagen, Lindqvist and Marrow, before the crossing.
        """)]
    // A number after a comma that is a count or a year, not an age.
    [InlineData("""
        The harbour board met on Tuesday. In 2015, Vorhagen Harbour handled 1,200 ships.
        """)]
    public void Does_not_flag_things_case_names_ordinary_words_or_introduced_people(string marked) =>
        RuleHarness.AssertFlagsExactly(Rule, marked);
}
