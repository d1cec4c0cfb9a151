using FactCheck.Azure.Language;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Azure.Tests.Language;

public sealed class SupplementingEntityRecognizerTests
{
    private const string Text = "Turkish Foreign Minister Mevlut Cavusoglu spoke.";

    [Fact]
    public async Task Adds_local_nationalities_and_titles_that_do_not_overlap_the_primary_entities()
    {
        var primary = new FixedRecognizer("azure", new RecognitionResult(
            [new Entity("Mevlut Cavusoglu", EntityCategory.Person, 25, 16), new Entity("Foreign Minister", EntityCategory.PersonType, 8, 16, 0.8)])
        {
            Recognizer = "azure",
            Usage = new RecognitionUsage(1, 1),
        });
        var local = new FixedRecognizer("local", new RecognitionResult(
        [
            new Entity("Turkish", EntityCategory.Nationality, 0, 7),
            new Entity("Foreign Minister", EntityCategory.PersonType, 8, 16),
            new Entity("Cavusoglu", EntityCategory.Person, 32, 9),
            new Entity("Mevlut", EntityCategory.PersonType, 25, 6),
        ]));

        var result = await new SupplementingEntityRecognizer(primary, local, SupplementingEntityRecognizer.LocalAttributeCategories)
            .RecognizeAsync(ExtractedDocument.FromPlainText(Text));

        Assert.Equal(
            [("Turkish", EntityCategory.Nationality), ("Foreign Minister", EntityCategory.PersonType), ("Mevlut Cavusoglu", EntityCategory.Person)],
            result.Entities.Select(e => (e.Text, e.Category)));
        Assert.Equal(0.8, result.Entities[1].Confidence);
        Assert.Equal(new RecognitionUsage(1, 1), result.Usage);
        Assert.Equal("azure", result.Recognizer);
    }

    private sealed class FixedRecognizer(string name, RecognitionResult result) : IEntityRecognizer
    {
        public string Name => name;

        public Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default) => Task.FromResult(result);
    }
}
