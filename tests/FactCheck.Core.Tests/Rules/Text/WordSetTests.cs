using FactCheck.Core.Rules.Text;
using FsCheck.Xunit;

namespace FactCheck.Core.Tests.Rules.Text;

public sealed class WordSetTests
{
    [Fact]
    public void Finds_words_in_any_case_and_nothing_else()
    {
        var set = new WordSet(["killed", "Défense", "u.s"]);
        var words = WordTokenizer.Tokenize("KILLED Killed killing DÉFENSE défense defense");
        Assert.Equal([true, true, false, true, true, false], words.Select(set.Contains));
        Assert.True(set.Contains("U.S".AsSpan()));
        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void A_word_whose_key_collides_with_a_listed_word_is_not_taken_for_it()
    {
        // Two different words with the same 32-bit key exist; find a pair and make sure the letters decide.
        var seen = new Dictionary<int, string>();
        (string Listed, string Other)? pair = null;
        for (var i = 0; pair is null; i++)
        {
            var word = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (seen.TryGetValue(WordKey.Of(word), out var earlier))
            {
                pair = (earlier, word);
            }

            seen[WordKey.Of(word)] = word;
        }

        var set = new WordSet([pair.Value.Listed]);
        Assert.Equal(WordKey.Of(pair.Value.Listed), WordKey.Of(pair.Value.Other));
        Assert.True(set.Contains(pair.Value.Listed.AsSpan()));
        Assert.False(set.Contains(pair.Value.Other.AsSpan()));
    }

    [Fact]
    public void A_map_keeps_the_first_value_of_a_word_listed_twice()
    {
        var map = new WordMap<int>([KeyValuePair.Create("km", 1), KeyValuePair.Create("KM", 2)]);
        Assert.True(map.TryGetValue("Km".AsSpan(), out var value));
        Assert.Equal(1, value);
        Assert.Equal(1, map.Count);
    }

    [Property(MaxTest = 500)]
    public bool Words_equal_ignoring_case_have_equal_keys(string word, bool upper)
    {
        word ??= string.Empty;
        var other = upper ? word.ToUpperInvariant() : word.ToLowerInvariant();
        return !string.Equals(word, other, StringComparison.OrdinalIgnoreCase) || WordKey.Of(word) == WordKey.Of(other);
    }
}
