using System.Diagnostics;
using FactCheck.Cli.Archive;
using FactCheck.Core.Archive;

namespace FactCheck.Benchmarks.Archive;

/// <summary>
/// A generated archive of 100,000 articles with a newsroom's skew: a person's share of mentions falls off as a power of
/// their rank, so the first few people are in thousands of articles and most in one or two; 30 single-holder offices
/// change hands every two years. Every person has a party, stated in about half of the articles naming them, and one in
/// ten also an organisation, stated in about a fifth, so the top people carry affiliation records thousands of
/// articles long. Written once per machine (a temporary file reused by every benchmark process).
/// </summary>
public static class SyntheticArchive
{
    public const int Articles = 100_000;
    public const int People = 50_000;
    public const int PeoplePerArticle = 5;
    public const int Offices = 30;
    public const int Organizations = 200;

    private static readonly (string Key, string Display)[] Parties =
        [("democratic", "Democrat"), ("republican", "Republican"), ("independent", "Independent"), ("green", "Green Party")];

    private static readonly string[] FirstNames =
    [
        "Maria", "Ahmet", "Nancy", "Olena", "Kwame", "Sofia", "Jonas", "Leila", "Tomas", "Ines", "Rahul", "Mei", "Pavel", "Amara", "Diego",
        "Yuki", "Farid", "Hanna", "Oscar", "Zara", "Ivan", "Lucia", "Kofi", "Anya", "Mateo", "Nadia", "Emil", "Rosa", "Tariq", "Elsa",
    ];

    private static readonly string[] Syllables = ["ko", "va", "len", "mir", "sa", "dor", "ri", "tan", "be", "lu", "shi", "mon", "ga", "zel", "pe", "ni", "ros", "ta", "vik", "ha"];

    /// <summary>Named for the schema too, so a schema change generates a new file instead of upgrading an old one.</summary>
    public static string Path => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"factcheck-bench-archive-{Articles}-v{SqlitePeopleArchive.SchemaVersion}.db");

    public static string FirstName(int person) => FirstNames[person % FirstNames.Length];

    /// <summary>A made-up surname unique to the person ("Kovalenmir"), three syllables of its index.</summary>
    public static string Surname(int person)
    {
        var a = Syllables[person % 20];
        var b = Syllables[person / 20 % 20];
        var c = Syllables[person / 400 % 20];
        var tail = person / 8000;
        var surname = a + b + c + (tail == 0 ? "" : Syllables[tail % 20]);
        return char.ToUpperInvariant(surname[0]) + surname[1..];
    }

    public static string Display(int person) => $"{FirstName(person)} {Surname(person)}";

    public static string OfficeName(int office) => $"office{office} minister";

    /// <summary>Opens the archive, generating it first when this machine has none.</summary>
    public static SqlitePeopleArchive OpenOrCreate()
    {
        if (!File.Exists(Path))
        {
            var building = Path + ".building";
            File.Delete(building);
            var watch = Stopwatch.StartNew();
            using (var archive = SqlitePeopleArchive.Open(building, create: true))
            {
                const int batch = 5_000;
                for (var start = 0; start < Articles; start += batch)
                {
                    archive.RecordBatchAsync(Enumerable.Range(start, batch).Select(Article)).GetAwaiter().GetResult();
                }
            }

            File.Move(building, Path);
            Console.WriteLine($"// generated {Articles:N0} articles in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(Path).Length / 1e6:F0} MB)");
        }

        return SqlitePeopleArchive.Open(Path);
    }

    public static ArchivedArticle Article(int index)
    {
        var random = new Random(index);
        var date = new DateOnly(2015, 1, 1).AddDays(index * 3650 / Articles);
        var people = new Dictionary<int, ArchivedPerson>();
        while (people.Count < PeoplePerArticle)
        {
            // rank = People * u^2.5: the top person is in about 6,000 articles, the median one in one or two.
            var person = (int)(People * Math.Pow(random.NextDouble(), 2.5));
            people.TryAdd(person, PersonOf(person, [], AffiliationsOf(person, random)));
        }

        if (random.Next(3) == 0)
        {
            var office = random.Next(Offices);
            var holder = HolderOf(office, date);
            people[holder] = PersonOf(holder, [new ArchivedOffice(OfficeName(office), null, OfficeName(office))], AffiliationsOf(holder, random));
        }

        return new ArchivedArticle($"synthetic/{index:D6}.txt", date, people.Values.ToArray()) { Title = $"Article {index}" };
    }

    /// <summary>Office holders are among the first hundred people, and change every two years.</summary>
    public static int HolderOf(int office, DateOnly date) => (office * 7 + (date.Year - 2015) / 2 * 3) % 100;

    public static string OrganizationName(int person) => $"Company{person % Organizations}";

    /// <summary>The affiliations one article states for a person: their party about half the time, their organisation (one in ten people has one) a fifth.</summary>
    public static IReadOnlyList<ArchivedAffiliation> AffiliationsOf(int person, Random random)
    {
        var affiliations = new List<ArchivedAffiliation>();
        if (random.Next(2) == 0)
        {
            var (key, display) = Parties[person % Parties.Length];
            affiliations.Add(new ArchivedAffiliation(key, display));
        }

        if (person % 10 == 0 && random.Next(5) == 0)
        {
            var organization = OrganizationName(person);
            affiliations.Add(new ArchivedAffiliation(organization.ToLowerInvariant(), organization));
        }

        return affiliations;
    }

    private static ArchivedPerson PersonOf(int person, IReadOnlyList<ArchivedOffice> offices, IReadOnlyList<ArchivedAffiliation> affiliations)
    {
        var display = Display(person);
        var key = display.ToLowerInvariant();
        return new ArchivedPerson(key, display, key.Split(' ')) { Offices = offices, Affiliations = affiliations };
    }
}
