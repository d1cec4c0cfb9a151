using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Çavuşoğlu", "cavusoglu")]
    [InlineData("Mevlüt Çavuşoğlu", "mevlut cavusoglu")]
    [InlineData("al-Mekdad", "al mekdad")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Zelenskyy", "zelenskyy")]
    public void Folds_diacritics_case_and_separators(string name, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(name));

    [Theory]
    [InlineData("mekdad", "miqdad")]
    [InlineData("zelensky", "zelenskyy")]
    [InlineData("mohammed", "muhammad")]
    public void Transliteration_variants_share_a_key(string a, string b) =>
        Assert.True(NameSimilarity.AreTransliterations(a, b));

    [Theory]
    [InlineData("davutoglu", "cavusoglu")]
    [InlineData("lavrov", "bogdanov")]
    public void Different_names_do_not_share_a_key(string a, string b) =>
        Assert.False(NameSimilarity.AreTransliterations(a, b));

    [Theory]
    [InlineData("davutoglu", "cavusoglu", true)]
    [InlineData("kravchenko", "kovalenko", true)]
    [InlineData("lavrov", "bogdanov", false)]
    [InlineData("akar", "mekdad", false)]
    [InlineData("smith", "jones", false)]
    public void Resemblance_catches_drift_not_strangers(string mention, string introduced, bool expected) =>
        Assert.Equal(expected, NameSimilarity.Resembles(mention, introduced));
}
