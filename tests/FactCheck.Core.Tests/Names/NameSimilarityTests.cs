using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("davutoglu", "cavusoglu", true)]   // first letter and one inner consonant
    [InlineData("blymn", "flynn", true)]           // two substitutions in five letters, the first included
    [InlineData("khak", "khan", true)]             // one substitution in four letters
    [InlineData("khna", "khan", true)]             // two letters swapped
    [InlineData("water", "waters", true)]          // a dropped letter
    [InlineData("kravchenko", "kovalenko", true)]  // a shared surname ending
    [InlineData("nuta", "duda", false)]            // two edits in four letters: too many real names lie that close
    [InlineData("sandra", "sanders", false)]       // a drop plus a substitution in a short name
    [InlineData("lee", "lea", false)]              // under four letters, never judged
    [InlineData("smith", "smith", false)]          // the same name
    [InlineData("johnson", "jackson", false)]      // three edits
    public void Resembles_follows_the_slips_real_copy_makes(string mention, string introduced, bool expected) =>
        Assert.Equal(expected, NameSimilarity.Resembles(mention, introduced));

    [Theory]
    [InlineData("guch", "bush", true)]     // the first and an inner letter, the ending kept
    [InlineData("nuta", "duda", true)]     // as Guch for Bush, once no list knows the word
    [InlineData("idku", "idan", false)]    // the start kept and the ending changed: another word
    [InlineData("bush", "bust", true)]     // one slip needs no leniency
    [InlineData("guck", "bush", false)]    // the ending changed too: three letters
    [InlineData("guchs", "bush", false)]   // a length change and a substitution in a short name
    public void A_vouched_slip_may_differ_from_a_four_letter_name_in_its_first_and_an_inner_letter(string mention, string introduced, bool expected) =>
        Assert.Equal(expected, NameSimilarity.Resembles(mention, introduced, vouched: true));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("khna", "khan", 3, 1)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]     // gives up past the limit
    [InlineData("", "abc", 5, 3)]
    public void Edit_distance_counts_transpositions_and_stops_at_the_limit(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, NameSimilarity.EditDistance(a, b, limit));

    [Theory]
    [InlineData("kristen", "kristin", true)]
    [InlineData("bark", "mark", false)]        // the first letter of a given name must agree
    [InlineData("maria", "mario", true)]
    [InlineData("mark", "mark", false)]
    public void Given_names_resemble_by_one_slip_with_the_first_letter_kept(string mention, string introduced, bool expected) =>
        Assert.Equal(expected, NameSimilarity.GivenNamesResemble(mention, introduced));

    [Theory]
    [InlineData("sergei", "sergey", true)]
    [InlineData("stephan", "stefan", true)]
    [InlineData("kristen", "kristin", false)]  // a changed vowel is a slip, not a romanization
    public void Given_name_romanizations_are_told_from_slips(string a, string b, bool expected) =>
        Assert.Equal(expected, NameSimilarity.AreGivenNameVariants(a, b));

    [Theory]
    [InlineData("trumps", "trump", true)]
    [InlineData("joneses", "jones", true)]
    [InlineData("trump", "trumps", false)]
    [InlineData("trumph", "trump", false)]
    public void A_family_plural_is_recognized(string mention, string introduced, bool expected) =>
        Assert.Equal(expected, NameSimilarity.IsFamilyPlural(mention, introduced));
}
