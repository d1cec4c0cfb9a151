using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Tests.Documents;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>
/// Inputs that tests/fuzz/run.sh found crashing an extractor, kept as found (Hostile/FuzzFindings) and reduced to
/// their cause. Each must now end in a document or a one-line input error.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Findings() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Hostile", "FuzzFindings")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_crashing_input_found_by_fuzzing_now_ends_in_a_document_or_an_input_error(string file)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Hostile", "FuzzFindings", file));
        try
        {
            Assert.False(string.IsNullOrWhiteSpace(DocumentReader.Read(file, content).Text));
        }
        catch (DocumentInputException error)
        {
            DocumentReaderTests.AssertOneLine(error, file);
        }
    }

    // The cause of all three HTML findings: a comment whose first word is the reason separator "--" made the
    // suppression reader slice words[1..0].
    [Theory]
    [InlineData("draft.html", "<p>Mevlut Cavusoglu spoke.</p><!-- -- factcheck-disable --><p>Davutoglu replied.</p>")]
    [InlineData("draft.md", "Mevlut Cavusoglu spoke.\n\n<!-- -- factcheck-disable -->\n\nDavutoglu replied.\n")]
    public void A_comment_that_starts_with_the_reason_separator_is_no_directive(string name, string content)
    {
        var document = DocumentReader.Read(name, Encoding.UTF8.GetBytes(content));
        Assert.Contains("Davutoglu replied.", document.Text);
        Assert.Empty(document.Suppressions);
    }
}
