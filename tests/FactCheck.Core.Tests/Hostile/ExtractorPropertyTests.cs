using FactCheck.Core.Documents;
using FsCheck.Xunit;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>Any bytes under any supported file name end in a document or the documented one-line input error.</summary>
public sealed class ExtractorPropertyTests
{
    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public void Any_bytes_end_in_a_document_or_a_one_line_input_error((string Name, byte[] Content) draft)
    {
        ExtractedDocument document;
        try
        {
            document = DocumentReader.Read(draft.Name, draft.Content);
        }
        catch (DocumentInputException error)
        {
            Assert.StartsWith(draft.Name + ":", error.Message);
            Assert.DoesNotContain('\n', error.Message);
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(document.Text));
        foreach (var block in document.Blocks)
        {
            Assert.InRange(block.Start, 0, document.Text.Length);
            Assert.InRange(block.End, block.Start, document.Text.Length);
        }

        for (var offset = 0; offset < document.Text.Length; offset += Math.Max(1, document.Text.Length / 50))
        {
            var position = document.PositionOf(offset);
            Assert.True(position.Line >= 1 && position.Column >= 1, $"{draft.Name}: offset {offset} maps to {position}");
        }
    }
}
