namespace FactCheck.Testing;

/// <summary>Short drafts written for these tests.</summary>
public static class Drafts
{
    /// <summary>A foreign minister introduced in full, then a drifted surname (the founding case), and a misspelt city.</summary>
    public const string Seed = """
        Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Ankra on Tuesday.

        Davutoglu highlighted the need for calmer waters in the Aegean.
        """;

    /// <summary>The seed after an edit: the city fixed, a paragraph added that repeats the drifted surname.</summary>
    public const string Edited = """
        Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Ankara on Tuesday.

        Davutoglu highlighted the need for calmer waters in the Aegean.

        Officials said Davutoglu would travel to Athens next month.
        """;
}
