using System.Globalization;
using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Azure.Tests.Language;

public sealed class AzureLanguageSplittingTests
{
    private const int MaxElements = 5120;

    [Fact]
    public async Task A_draft_three_times_over_the_limit_goes_in_one_request_and_every_offset_maps_back()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var text = SentencesUpTo((3 * MaxElements) - 300);

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var request = Assert.Single(server.Requests);
        var documents = request.Documents;
        Assert.Equal(3, documents.Count);
        Assert.Equal(["0", "1", "2"], documents.Select(d => d.Id));
        Assert.All(documents, d => Assert.InRange(new StringInfo(d.Text).LengthInTextElements, 1, MaxElements));
        // Cuts fell between sentences, so the pieces are the text, in order, without overlap.
        Assert.Equal(text, string.Concat(documents.Select(d => d.Text)));
        Assert.All(documents.SkipLast(1), d => Assert.EndsWith(" ", d.Text, StringComparison.Ordinal));
        Assert.Equal(Articles.Occurrences(text), result.Entities.OrderBy(e => e.Offset).Select(e => (e.Offset, e.Text)));
        Assert.Equal(documents.Sum(d => (d.Text.Length + 999) / 1000), result.Usage.BilledTextRecords);
    }

    [Fact]
    public async Task Pieces_are_batched_five_to_a_request_so_six_pieces_take_two_requests()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var text = SentencesUpTo((6 * MaxElements) - 600);

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var requests = server.Requests;
        Assert.Equal([5, 1], requests.Select(r => r.Documents.Count));
        Assert.Equal(6, (text.Length + MaxElements - 1) / MaxElements);
        Assert.Equal(["0", "1", "2", "3", "4", "5"], requests.SelectMany(r => r.Documents).Select(d => d.Id));
        Assert.Equal(2, result.Usage.Requests);
        Assert.Equal(Articles.Occurrences(text), result.Entities.OrderBy(e => e.Offset).Select(e => (e.Offset, e.Text)));
    }

    [Fact]
    public async Task Requests_stay_under_one_megabyte_when_text_elements_are_heavy()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.Davutoglu);
        var text = HeavyText(elements: 5 * 5000);

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var requests = server.Requests;
        Assert.All(requests, r => Assert.True(r.Body.Length <= 1_000_000, $"request of {r.Body.Length} bytes"));
        Assert.All(requests, r => Assert.InRange(r.Documents.Count, 1, 5));
        Assert.All(requests.SelectMany(r => r.Documents), d => Assert.InRange(new StringInfo(d.Text).LengthInTextElements, 1, MaxElements));
        var documents = requests.Sum(r => r.Documents.Count);
        Assert.Equal(5, documents);
        // Four of these documents exceed 1 MB together, so two requests is the minimum.
        Assert.Equal(2, requests.Count);
        Assert.Equal(Articles.Occurrences(text).Where(o => o.Name == "Davutoglu"), result.Entities.OrderBy(e => e.Offset).Select(e => (e.Offset, e.Text)));
    }

    [Fact]
    public async Task A_name_cut_by_a_split_inside_a_sentence_is_found_once_at_its_offset()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        // One endless sentence, so the splitter must cut at a word; the limit falls inside "Cavusoglu".
        var builder = new StringBuilder();
        var word = 0;
        while (builder.Length < MaxElements - 12)
        {
            builder.Append(word++ % 9 == 0 ? "Davutoglu " : "and then ");
        }

        var nameOffset = builder.Length;
        builder.Append("Mevlut Cavusoglu met officials in Ankara and then ");
        while (builder.Length < MaxElements + 3000)
        {
            builder.Append("and then Ankara ");
        }

        var text = builder.ToString();
        Assert.InRange(MaxElements, nameOffset + "Mevlut ".Length + 1, nameOffset + "Mevlut Cavusoglu".Length - 1);

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var documents = Assert.Single(server.Requests).Documents;
        Assert.Equal(2, documents.Count);
        Assert.DoesNotContain("Mevlut Cavusoglu", documents[0].Text, StringComparison.Ordinal);
        var cavusoglu = Assert.Single(result.Entities, e => e.Text == "Mevlut Cavusoglu");
        Assert.Equal(nameOffset, cavusoglu.Offset);
        // Names inside the shared stretch are seen by both pieces but reported once.
        Assert.Equal(Articles.Occurrences(text), result.Entities.OrderBy(e => e.Offset).Select(e => (e.Offset, e.Text)));
    }

    [Fact]
    public async Task Emoji_count_as_one_text_element_but_offsets_stay_utf16()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Knows(Articles.All);
        var builder = new StringBuilder();
        while (new StringInfo(builder.ToString()).LengthInTextElements < 4500)
        {
            builder.Append("👨‍👩‍👧‍👦👨‍👩‍👧‍👦🇹🇷🇹🇷😀😀 Davutoglu met Mevlut Cavusoglu in Ankara. ");
        }

        var text = builder.ToString();
        var elements = new StringInfo(text).LengthInTextElements;
        Assert.True(text.Length > MaxElements, "the UTF-16 length must exceed the limit that text elements stay under");

        var result = await TestRecognizers.WithKey(server).RecognizeAsync(ExtractedDocument.FromPlainText(text));

        var document = Assert.Single(Assert.Single(server.Requests).Documents);
        Assert.Equal(text, document.Text);
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        Assert.Equal(Articles.Occurrences(text), result.Entities.OrderBy(e => e.Offset).Select(e => (e.Offset, e.Text)));
        Assert.Equal((elements + 999) / 1000, result.Usage.BilledTextRecords);
    }

    /// <summary>Whole sentences from <see cref="Articles.Sentences"/> up to about <paramref name="length"/> characters.</summary>
    private static string SentencesUpTo(int length)
    {
        var all = Articles.Sentences(length / 60);
        var end = all.LastIndexOf(". ", length, StringComparison.Ordinal) + 2;
        return all[..end];
    }

    /// <summary>Words of letters each carrying 30 combining marks (one text element, 61 UTF-8 bytes), with a plain
    /// name and a full stop now and then.</summary>
    private static string HeavyText(int elements)
    {
        var builder = new StringBuilder();
        var count = 0;
        var random = new Random(7);
        while (count < elements)
        {
            for (var letter = 0; letter < 6; letter++)
            {
                builder.Append((char)('a' + random.Next(26)));
                for (var mark = 0; mark < 30; mark++)
                {
                    builder.Append((char)(0x0300 + random.Next(0x30)));
                }
            }

            count += 7;
            builder.Append(count % 70 == 0 ? ". Davutoglu spoke. " : " ");
            count += count % 70 == 0 ? 18 : 0;
        }

        return builder.ToString();
    }
}
