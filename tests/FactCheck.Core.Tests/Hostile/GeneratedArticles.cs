using System.Text;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>Machine-written articles of any size, each naming as many different people as asked.</summary>
internal static class GeneratedArticles
{
    private static readonly string[] GivenNames = ["James", "Mary", "Maria", "Elias", "Karin", "Irene", "Xavier", "Diana", "Helge", "Cyril"];
    private static readonly string[] Syllables = ["ka", "lo", "mer", "tin", "vas", "dor", "ri", "pel", "su", "gan", "bro", "wen", "fi", "zol", "har", "nu"];

    /// <summary>A distinct invented surname for every index below 65,536 ("Kalomertin").</summary>
    public static string Surname(int index)
    {
        var builder = new StringBuilder();
        for (var digit = 0; digit < 4; digit++)
        {
            builder.Append(Syllables[index % Syllables.Length]);
            index /= Syllables.Length;
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    public static string FullName(int index) => $"{GivenNames[index % GivenNames.Length]} {Surname(index)}";

    /// <summary>A headline, then one paragraph per person: a full-name introduction and a later surname mention.</summary>
    public static string WithPeople(int people)
    {
        var builder = new StringBuilder("Regional assembly seats its new delegates\n\n");
        for (var i = 0; i < people; i++)
        {
            builder.Append(FullName(i)).Append(", a delegate from the northern district, said the vote was fair. ")
                .Append("Later ").Append(Surname(i)).Append(" told reporters the count took two days.\n\n");
        }

        return builder.ToString();
    }

    /// <summary>A first line (the headline) that names <paramref name="people"/> people, and a body naming as many others.</summary>
    public static string WithCrowdedHeadline(int people)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < people; i++)
        {
            builder.Append(Surname(i)).Append(", ");
        }

        builder.Append("win seats\n\n");
        for (var i = 0; i < people; i++)
        {
            builder.Append(FullName(people + i)).Append(" said the count was slow.\n\n");
        }

        return builder.ToString();
    }
}
