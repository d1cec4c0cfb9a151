using System.Globalization;
using System.Text;
using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class EnglishDictionaryTests
{
    private static readonly EnglishDictionary Dictionary = EnglishDictionary.Shared;

    [Theory]
    [InlineData("the")]
    [InlineData("however")]
    [InlineData("officials")]
    [InlineData("minister")]
    [InlineData("said")]
    public void Everyday_words_are_at_the_most_common_levels(string word)
    {
        Assert.InRange(Dictionary.CommonLevel(word), 10, 20);
        Assert.True(Dictionary.IsOrdinaryWord(word));
    }

    [Theory]
    [InlineData("sesquipedalian")]
    [InlineData("obstreperous")]
    [InlineData("defenestration")]
    public void Rare_real_words_are_found_at_a_rare_level(string word)
    {
        Assert.InRange(Dictionary.CommonLevel(word), 35, 70);
        Assert.True(Dictionary.IsOrdinaryWord(word, maxLevel: 70));
    }

    [Theory]
    [InlineData("Morberg")]
    [InlineData("Kandels")]
    [InlineData("Cavusoglu")]
    [InlineData("Çavuşoğlu")]
    [InlineData("Davutoglu")]
    public void Invented_and_foreign_surnames_are_absent(string name)
    {
        Assert.Equal(0, Dictionary.CommonLevel(name));
        Assert.Equal(0, Dictionary.ProperLevel(name));
        Assert.False(Dictionary.IsOrdinaryWord(name, maxLevel: 100));
    }

    [Theory]
    [InlineData("white")]
    [InlineData("gates")]
    [InlineData("bill")]
    [InlineData("rose")]
    [InlineData("may")]
    public void Words_that_are_also_names_have_both_levels(string word)
    {
        Assert.InRange(Dictionary.CommonLevel(word), 10, 50);
        Assert.InRange(Dictionary.ProperLevel(word), 10, 80);
    }

    [Theory]
    [InlineData("London")]
    [InlineData("Paris")]
    [InlineData("Bangkok")]
    public void Place_names_are_proper_only(string place)
    {
        Assert.Equal(0, Dictionary.CommonLevel(place));
        Assert.InRange(Dictionary.ProperLevel(place), 10, 80);
        Assert.False(Dictionary.IsOrdinaryWord(place, maxLevel: 100));
    }

    [Theory]
    [InlineData("However", "however")]
    [InlineData("OFFICIALS", "officials")]
    [InlineData("Café", "cafe")]
    [InlineData("don’t", "don't")]
    [InlineData("Don't", "dont")]
    public void Case_apostrophes_and_diacritics_do_not_change_the_answer(string written, string plain)
    {
        Assert.NotEqual(0, Dictionary.CommonLevel(plain));
        Assert.Equal(Dictionary.CommonLevel(plain), Dictionary.CommonLevel(written));
        Assert.Equal(Dictionary.ProperLevel(plain), Dictionary.ProperLevel(written));
    }

    [Fact]
    public void A_contraction_does_not_make_the_word_it_folds_to_more_common()
    {
        // "he'll" folds to "hell" and "we'd" to "wed"; the generator lets only apostrophe-free entries set those levels.
        Assert.True(Dictionary.CommonLevel("wed") > 10);
    }

    [Theory]
    [InlineData("")]
    [InlineData("well-known")]
    [InlineData("  ")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")]
    public void Non_words_report_zero(string text)
    {
        Assert.Equal(0, Dictionary.CommonLevel(text));
        Assert.Equal(0, Dictionary.ProperLevel(text));
    }

    [Fact]
    public void Resource_keys_are_folded_sorted_and_unique()
    {
        string? previous = null;
        foreach (var key in Dictionary.Keys())
        {
            Assert.Equal(key, NameFolding.Fold(key));
            if (previous is not null)
            {
                Assert.True(string.CompareOrdinal(previous, key) < 0, $"'{previous}' is not before '{key}'");
            }

            previous = key;
        }

        Assert.InRange(Dictionary.Count, 150_000, 250_000);
    }

    private static readonly string[] ParsedWords = ["apple", "banana", "cherry", "damson"];

    [Fact]
    public void Every_resource_word_is_found_with_the_levels_of_its_line()
    {
        var dictionary = EnglishDictionary.Parse("apple\t10\t-\nbanana\t20\t-\ncherry\t-\t30\ndamson\t40\t50\n"u8.ToArray());
        Assert.Equal([10, 20, 0, 40], ParsedWords.Select(dictionary.CommonLevel));
        Assert.Equal([0, 0, 30, 50], ParsedWords.Select(dictionary.ProperLevel));
        Assert.Equal(0, dictionary.CommonLevel("appl"));
        Assert.Equal(0, dictionary.CommonLevel("apples"));

        var missing = Dictionary.Keys().Where(key => Dictionary.CommonLevel(key) == 0 && Dictionary.ProperLevel(key) == 0).Take(5).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Resource_lines_have_three_columns_with_levels_from_10_to_80()
    {
        using var stream = typeof(EnglishDictionary).Assembly.GetManifestResourceStream("FactCheck.Core.Lexicon.english-dictionary.tsv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var entries = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            Assert.Equal(3, columns.Length);
            Assert.True(columns[1] != "-" || columns[2] != "-", line);
            Assert.True(columns[1] == "-" || int.Parse(columns[1], CultureInfo.InvariantCulture) is >= 10 and <= 70, line);
            Assert.True(columns[2] == "-" || int.Parse(columns[2], CultureInfo.InvariantCulture) is >= 10 and <= 80, line);
            entries++;
        }

        Assert.Equal(Dictionary.Count, entries);
    }

    [Fact]
    public void Parse_reads_the_resource_format()
    {
        var dictionary = EnglishDictionary.Parse("# comment\napple\t10\t-\r\nlondon\t-\t50\nwhite\t10\t40\n"u8.ToArray());
        Assert.Equal(3, dictionary.Count);
        Assert.Equal(10, dictionary.CommonLevel("Apple"));
        Assert.Equal(0, dictionary.ProperLevel("apple"));
        Assert.Equal(50, dictionary.ProperLevel("London"));
        Assert.Equal(40, dictionary.ProperLevel("WHITE"));
        Assert.Equal(0, dictionary.CommonLevel("banana"));
    }

    [Fact]
    public void Parse_rejects_a_line_without_three_columns() =>
        Assert.Throws<InvalidDataException>(() => EnglishDictionary.Parse("apple\t10\n"u8.ToArray()));
}
