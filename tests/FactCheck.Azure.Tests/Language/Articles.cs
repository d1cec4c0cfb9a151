namespace FactCheck.Azure.Tests.Language;

/// <summary>Test drafts written for these tests, and the names the fake server knows in them.</summary>
internal static class Articles
{
    public static readonly KnownName Cavusoglu = new("Mevlut Cavusoglu", "Person", Type: "Person", LinkedId: "Mevlut Cavusoglu", Confidence: 0.97);
    public static readonly KnownName Davutoglu = new("Davutoglu", "Person", Type: "Person", LinkedId: "Ahmet Davutoglu", Confidence: 0.88);
    public static readonly KnownName ForeignMinister = new("Foreign Minister", "PersonType", Confidence: 0.8);
    public static readonly KnownName Ankara = new("Ankara", "Location", Type: "City", LinkedId: "Ankara");
    public static readonly KnownName Harbour = new("Port Authority of Lindqvist", "Organization", Type: "Organization");

    public static KnownName[] All => [Cavusoglu, Davutoglu, ForeignMinister, Ankara, Harbour];

    public const string Seed = """
        Ministers meet in Ankara over grain corridor

        Turkish Foreign Minister Mevlut Cavusoglu received his counterparts in Ankara on Tuesday to discuss the corridor.
        Davutoglu highlighted the role of the Port Authority of Lindqvist in keeping ships moving.
        """;

    /// <summary>Sentences that cycle through the known names, about 120 characters each.</summary>
    public static string Sentences(int count)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append((i % 4) switch
            {
                0 => $"In session {i}, Foreign Minister Mevlut Cavusoglu spoke about shipping schedules for the coming season. ",
                1 => $"Later, item {i} was raised in Ankara by officials who asked for more time before any vote was held. ",
                2 => $"Davutoglu answered question {i} briefly and pointed to figures published by the Port Authority of Lindqvist. ",
                _ => $"Observers noted that point {i} had been settled long before, although nobody said so in public. ",
            });
            if (i % 7 == 6)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Every occurrence of every known name in <paramref name="text"/>, as (offset, name).</summary>
    public static IEnumerable<(int Offset, string Name)> Occurrences(string text) =>
        All.SelectMany(n => AllIndexes(text, n.Text).Select(i => (i, n.Text))).OrderBy(o => o.Item1);

    private static IEnumerable<int> AllIndexes(string text, string name)
    {
        for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + 1, StringComparison.Ordinal))
        {
            yield return index;
        }
    }
}
