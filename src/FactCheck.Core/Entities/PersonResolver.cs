using FactCheck.Core.Diagnostics;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Entities;

/// <summary>
/// Turns a recognizer's person spans into <see cref="PersonMention"/>s with their titles, roles and nationality,
/// and groups them into <see cref="PersonCluster"/>s (a full-name introduction anchors later surname mentions).
/// The same for every recognizer, so every rule behaves the same with the local or the Azure recognizer.
/// </summary>
public static class PersonResolver
{
    public static DocumentAnalysis Analyze(ExtractedDocument document, RecognitionResult recognition) =>
        Analyze(document, recognition, Lexicon.Shared);

    internal static DocumentAnalysis Analyze(ExtractedDocument document, RecognitionResult recognition, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(recognition);
        var headline = document.Blocks.Count > 0 ? document.Blocks[0] : null;
        var roles = new RoleReader(document.Text, lexicon);
        var mentions = new List<PersonMention>();
        var lastEnd = -1;
        foreach (var entity in recognition.Entities.Where(e => e.Category == EntityCategory.Person).OrderBy(e => e.Offset))
        {
            var span = TrimName(document.Text, entity.Offset, entity.End);
            if (span.Length == 0 || span.Offset < lastEnd)
            {
                continue;
            }

            lastEnd = span.End;
            var tokens = span.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            mentions.Add(new PersonMention(span)
            {
                NameTokens = tokens,
                Folded = NameFolding.Fold(span.Text),
                FoldedSurname = SurnameKey(tokens, lexicon),
                Role = roles.RoleOf(span),
                InHeadline = headline is not null && span.Offset >= headline.Start && span.Offset < headline.End,
            });
        }

        return new DocumentAnalysis(document, recognition, mentions, Cluster(mentions, lexicon));
    }

    /// <summary>
    /// The folded family-name key of a name: its last word without a leading particle ("al-Mekdad" → "mekdad"),
    /// skipping generational suffixes ("Jr.", "III").
    /// </summary>
    public static string SurnameKey(IReadOnlyList<string> nameTokens, Lexicon lexicon)
    {
        for (var i = nameTokens.Count - 1; i >= 0; i--)
        {
            var folded = NameFolding.Fold(nameTokens[i]);
            if (folded.Length == 0 || (i > 0 && folded is "jr" or "sr" or "ii" or "iii" or "iv"))
            {
                continue;
            }

            return StripParticle(folded, lexicon);
        }

        return "";
    }

    /// <summary>"al mekdad" → "mekdad"; "jong un" stays whole.</summary>
    public static string StripParticle(string folded, Lexicon lexicon)
    {
        var space = folded.IndexOf(' ');
        return space > 0 && lexicon.Particles.Contains(folded[..space]) ? folded[(space + 1)..] : folded;
    }

    private static TextSpan TrimName(string text, int start, int end)
    {
        // Recognizers differ on possessives and stray punctuation; the span is the name itself.
        if (end - start > 2 && text[end - 1] is 's' or 'S' && Tokenizer.IsApostrophe(text[end - 2]))
        {
            end -= 2;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1]) && text[end - 1] != '.'))
        {
            end--;
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
        {
            start++;
        }

        return new TextSpan(start, end - start, text[start..end]);
    }

    private static IReadOnlyList<PersonCluster> Cluster(List<PersonMention> mentions, Lexicon lexicon)
    {
        // Full names first: each distinct full name (folded) is one person.
        var clusters = new List<(string Key, string Given, List<PersonMention> Mentions)>();
        foreach (var mention in mentions.Where(m => m.IsFullName))
        {
            var index = clusters.FindIndex(c => CountedEquals(c.Key, mention.Folded));
            if (index < 0)
            {
                clusters.Add((mention.Folded, NameFolding.Fold(mention.NameTokens[0]), [mention]));
            }
            else
            {
                clusters[index].Mentions.Add(mention);
            }
        }

        var bySurname = new Dictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => !m.IsFullName))
        {
            // A surname alone (or a given name alone) joins the nearest introduced person it names.
            var candidates = clusters
                .Where(c => CountedEquals(c.Mentions[0].FoldedSurname, mention.FoldedSurname) || c.Given == mention.Folded)
                .ToList();
            if (candidates.Count > 0)
            {
                var nearest = candidates
                    .OrderBy(c => c.Mentions.Where(m => m.Span.Offset < mention.Span.Offset).Select(m => mention.Span.Offset - m.Span.Offset).DefaultIfEmpty(int.MaxValue).Min())
                    .First();
                nearest.Mentions.Add(mention);
                continue;
            }

            if (!bySurname.TryGetValue(mention.FoldedSurname, out var list))
            {
                bySurname[mention.FoldedSurname] = list = [];
            }

            list.Add(mention);
        }

        return clusters
            .Select(c => new PersonCluster(c.Mentions[0].FoldedSurname, c.Mentions.OrderBy(m => m.Span.Offset).ToArray()))
            .Concat(bySurname.Select(pair => new PersonCluster(pair.Key, pair.Value)))
            .OrderBy(c => c.Mentions[0].Span.Offset)
            .ToArray();
    }

    private static bool CountedEquals(string a, string b)
    {
        CheckWork.Add();
        return string.Equals(a, b, StringComparison.Ordinal);
    }
}
