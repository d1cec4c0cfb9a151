using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Tests.Language;

/// <summary>
/// Every rule works the same with either recognizer: when Azure AI Language returns the persons of the sample
/// draft, the flags (ids, rules, spans, suggestions) equal the local recognizer's.
/// </summary>
public sealed class SameFlagsEitherRecognizerTests
{
    [Fact]
    public async Task The_sample_drafts_name_mismatch_comes_out_the_same_through_azure()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "drifted-name.txt");
        var document = DocumentReader.Read(path, await File.ReadAllBytesAsync(path));
        var local = await new DocumentChecker(new LocalEntityRecognizer()).CheckAsync(document);
        var persons = new LocalEntityRecognizer().Recognize(document).Entities
            .Where(e => e.Category == EntityCategory.Person)
            .Select(e => e.Text)
            .Distinct()
            .Select(text => new KnownName(text, "Person"))
            .ToArray();
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(persons);

        var azure = await new DocumentChecker(TestRecognizers.WithKey(server)).CheckAsync(document);

        Assert.Contains(local.Flags, f => f.Rule == "name-mismatch" && f.Location.Text == "Kravchenko" && f.Suggestion == "Kovalenko");
        Assert.Equal("azure", azure.Recognizer);
        Assert.Equal(
            local.Flags.Select(f => (f.Id, f.Rule, f.Location.Offset, f.Location.Length, f.Suggestion)),
            azure.Flags.Select(f => (f.Id, f.Rule, f.Location.Offset, f.Location.Length, f.Suggestion)));
        Assert.Single(server.Requests);
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
