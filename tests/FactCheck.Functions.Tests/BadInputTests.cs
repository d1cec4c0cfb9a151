using System.IO.Compression;
using System.Text;
using FactCheck.Service.Processing;
using FactCheck.Service.Storage;
using FactCheck.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Functions.Tests;

/// <summary>Drafts that cannot be checked end as Rejected rows with a reason; the function completes (no retry storm).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BadInputTests
{
    private readonly TestService _service;

    public BadInputTests(AzuriteFixture azurite)
    {
        _service = new TestService(azurite, options => options with { MaxDraftBytes = 4096 });
    }

    [Fact]
    public async Task An_empty_draft_is_rejected()
    {
        await AssertRejectedAsync("empty.txt", [], "text/plain", "empty");
    }

    [Fact]
    public async Task A_draft_over_the_size_limit_is_rejected_unread()
    {
        await AssertRejectedAsync("huge.txt", Encoding.UTF8.GetBytes(new string('x', 5000)), "text/plain", "over the 4,096-byte limit");
    }

    [Fact]
    public async Task A_type_factcheck_does_not_read_is_rejected()
    {
        await AssertRejectedAsync("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", "not a format FactCheck reads");
    }

    [Fact]
    public async Task A_binary_file_named_as_text_is_rejected()
    {
        var binary = Enumerable.Range(0, 512).Select(i => (byte)(i * 7 % 256)).ToArray();

        await AssertRejectedAsync("binary.txt", binary, "text/plain", "binary.txt");
    }

    [Fact]
    public async Task A_corrupt_docx_is_rejected()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("not-word.xml").Open());
            writer.Write("<nothing/>");
        }

        await AssertRejectedAsync("corrupt.docx", zip.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "corrupt.docx");
    }

    [Fact]
    public async Task A_rejected_draft_leaves_the_last_good_flags_alone()
    {
        const string name = "later-emptied.txt";
        await _service.Processor.ProcessAsync(name, Encoding.UTF8.GetBytes(Drafts.Seed), "text/plain");

        await AssertRejectedAsync(name, [], "text/plain", "empty");

        Assert.Equal(2, (await _service.FlagsAsync(name)).Count);
    }

    private async Task AssertRejectedAsync(string name, byte[] content, string contentType, string reasonPart)
    {
        var blob = await _service.UploadAsync(name, content, contentType);

        await new CheckDraft(_service.Processor, NullLogger<CheckDraft>.Instance).RunAsync(blob, name, CancellationToken.None);

        var article = await _service.ArticleAsync(name);
        Assert.Equal(nameof(ArticleStatus.Rejected), article.Status);
        Assert.Contains(reasonPart, article.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', article.Reason!);
        Assert.Equal(0, _service.Recognizer.Calls - (name == "later-emptied.txt" ? 1 : 0));
    }
}
