using FactCheck.Azure.Language;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;

namespace FactCheck.Azure.Tests.Language;

/// <summary>
/// Every rule works the same with either recognizer: when Azure AI Language returns the persons of a draft, the
/// flags (ids, rules, spans, suggestions) equal the local recognizer's.
/// </summary>
public sealed class SameFlagsEitherRecognizerTests
{
    private static readonly string[] NameRules = ["name-mismatch", "name-spelling-variant", "unintroduced-name", "headline-body"];

    [Fact]
    public async Task The_sample_drafts_name_mismatch_comes_out_the_same_through_azure()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "drifted-name.txt");
        var document = DocumentReader.Read(path, await File.ReadAllBytesAsync(path));
        var local = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(document);
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(LocallyRecognizedPersons(document));

        var azure = await new DocumentChecker(TestRecognizers.WithKey(server)).CheckAsync(document);

        Assert.Contains(local.Flags, f => f.Rule == "name-mismatch" && f.Location.Text == "Kravchenko" && f.Suggestion == "Kovalenko");
        Assert.Equal("azure", azure.Recognizer);
        Assert.Equal(Comparable(local.Flags), Comparable(azure.Flags));
        Assert.Single(server.Requests);
    }

    /// <summary>
    /// Drifts in every position and of every kind the name rules catch. Azure tags the drifted word as a person
    /// in context (as it tags "Davutoglu"), which the local recognizer may not: the name rules must reach the same
    /// flags either way, because a drifted word stands for a person whoever recognized it.
    /// </summary>
    [Theory]
    // near: first letter and an inner consonant changed.
    [InlineData("""
        Trade Minister Halvard Brennick met the delegation from the port authority on Monday.
        The talks covered tariffs and shipping routes for the winter season.
        [|Trenwick|] said the agreement would be signed in spring.
        """, "Trenwick", "near")]
    // typo: one letter changed, opening a sentence.
    [InlineData("""
        Police chief Marguerite Ostrander told reporters that the road would stay closed.
        Ostrander said two lorries had collided in fog.
        [|Ostrandar|] added that nobody had been hurt.
        """, "Ostrandar", "typo")]
    // other: an unrelated surname in a person's place, after "said".
    [InlineData("""
        Harbour master Ingrid Solvik inspected the flooded quay at dawn.
        Repairs will take a month, said [|Pemberton|], who asked for patience.
        """, "Pemberton", "other")]
    // possessive.
    [InlineData("""
        Councillor Anders Morberg presented the harbour plan on Tuesday.
        Members debated for three hours before [|Morberk|]'s plan passed by two votes.
        """, "Morberk", "near")]
    // a repeated full name with the surname drifted.
    [InlineData("""
        Mayor Erna Solberg opened the session with a minute of silence.
        The budget vote was postponed, and Erna [|Solbeng|] said it would wait until March.
        """, "Solbeng", "near")]
    // a changed given name in a repeated full name.
    [InlineData("""
        Kristin Wilkins, a nurse at the county hospital, spoke to reporters.
        Hours later [|Kristen|] Wilkins said the ward was full again.
        """, "Kristen", "near")]
    // after an honorific.
    [InlineData("""
        The inquiry heard from nurse Leonie Bauchtman on Monday.
        Under questioning, Ms [|Bauchtnan|] described the night shift.
        """, "Bauchtnan", "near")]
    // after "according to", first letter changed.
    [InlineData("""
        Engineer Tomas Kandeler inspected the bridge after the storm.
        The cables were sound, according to [|Vandeler|].
        """, "Vandeler", "near")]
    public async Task A_drift_gives_the_same_name_flags_through_azure_as_locally(string marked, string drifted, string kind)
    {
        var (text, expected) = Unmark(marked);
        var document = ExtractedDocument.FromPlainText(text, "draft.txt");
        var local = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(document);
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows([.. LocallyRecognizedPersons(document), new KnownName(drifted, "Person")]);

        var azure = await new DocumentChecker(AsTheHostsComposeIt(server)).CheckAsync(document);

        Assert.Contains(local.Flags, f => CatchesKind(kind).Contains(f.Rule) && f.Location.Offset == expected && f.Location.Text == drifted);
        Assert.Equal("azure", azure.Recognizer);
        Assert.Equal(NameFlags(local.Flags), NameFlags(azure.Flags));
    }

    [Theory]
    [InlineData("""
        Trade Minister Halvard Brennick met the delegation from the port authority on Monday.
        Brennick said the agreement would be signed in spring, and Mr Brennick's deputy agreed.
        """)]
    [InlineData("""
        Coach Lena Harlan and assistant Mark Harlow met the press.
        Harlow said the team was ready, and Harlan agreed.
        """)]
    public async Task A_consistent_draft_gives_no_name_flag_through_either_recognizer(string text)
    {
        var document = ExtractedDocument.FromPlainText(text, "draft.txt");
        var local = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(document);
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(LocallyRecognizedPersons(document));

        var azure = await new DocumentChecker(AsTheHostsComposeIt(server)).CheckAsync(document);

        Assert.Empty(NameFlags(local.Flags));
        Assert.Empty(NameFlags(azure.Flags));
    }

    /// <summary>As the drift scorer counts a catch: a similar surname needs name-mismatch, a one-letter slip may be
    /// taken for a spelling variant, an unrelated surname may only be noticed as never introduced.</summary>
    private static string[] CatchesKind(string kind) => kind switch
    {
        "near" => ["name-mismatch"],
        "typo" => ["name-mismatch", "name-spelling-variant"],
        _ => ["name-mismatch", "name-spelling-variant", "unintroduced-name"],
    };

    private static IEntityRecognizer AsTheHostsComposeIt(FakeLanguageServer server) =>
        new SupplementingEntityRecognizer(TestRecognizers.WithKey(server), new LocalEntityRecognizer(), SupplementingEntityRecognizer.LocalAttributeCategories);

    private static KnownName[] LocallyRecognizedPersons(ExtractedDocument document) =>
        new LocalEntityRecognizer().Recognize(document).Entities
            .Where(e => e.Category == EntityCategory.Person)
            .Select(e => e.Text)
            .Distinct()
            .Select(text => new KnownName(text, "Person"))
            .ToArray();

    private static IEnumerable<(string Id, string Rule, int Offset, int Length, string? Suggestion)> Comparable(IEnumerable<Flag> flags) =>
        flags.Select(f => (f.Id, f.Rule, f.Location.Offset, f.Location.Length, f.Suggestion));

    private static (string Id, string Rule, int Offset, int Length, string? Suggestion)[] NameFlags(IEnumerable<Flag> flags) =>
        Comparable(flags.Where(f => NameRules.Contains(f.Rule))).ToArray();

    private static (string Text, int Offset) Unmark(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        return (marked.Remove(end, 2).Remove(start, 2), start);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FactCheck.sln not found above the test output directory.");
    }
}
