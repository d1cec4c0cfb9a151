using FactCheck.Core.Diagnostics;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities;

/// <summary>
/// Turns a recognizer's person spans into <see cref="PersonMention"/>s with their titles, roles and nationality,
/// and groups them into <see cref="PersonCluster"/>s (a full-name introduction anchors later surname mentions).
/// The same for every recognizer, so every rule behaves the same with the local or the Azure recognizer.
/// </summary>
public static class PersonResolver
{
    // Enough for any real article; bounds the work of one bare-name mention in an article naming thousands.
    private const int MaxCandidateClusters = 200;

    public static DocumentAnalysis Analyze(ExtractedDocument document, RecognitionResult recognition) =>
        Analyze(document, recognition, Lexicon.Shared);

    internal static DocumentAnalysis Analyze(ExtractedDocument document, RecognitionResult recognition, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(recognition);
        var headline = document.Blocks.Count > 0 ? document.Blocks[0] : null;
        var windows = new TokenWindows(document.Text);
        var roles = new RoleReader(document.Text, lexicon, windows);
        var affiliations = new AffiliationReader(document.Text, lexicon, windows);
        var mentions = new List<PersonMention>();
        var lastEnd = -1;
        // A form of address ("Your Honor", "Petitioner") stands for a person but names no one: no mention, no cluster.
        foreach (var entity in recognition.Entities.Where(e => e.Category == EntityCategory.Person && !e.IsFormOfAddress).OrderBy(e => e.Offset))
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
                Affiliation = affiliations.AffiliationOf(span),
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

    private static PersonCluster[] Cluster(List<PersonMention> mentions, Lexicon lexicon)
    {
        // Full names first: each distinct full name (folded) is one person. Clusters are found by key, never by
        // scanning every cluster, so an article naming thousands of people stays linear.
        var clusters = new List<FullNameCluster>();
        var byFullName = new Dictionary<string, FullNameCluster>(StringComparer.Ordinal);
        var bySurnameOf = new Dictionary<string, List<FullNameCluster>>(StringComparer.Ordinal);
        var byGivenNameOf = new Dictionary<string, List<FullNameCluster>>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.IsFullName))
        {
            CheckWork.Add();
            if (!byFullName.TryGetValue(mention.Folded, out var cluster))
            {
                cluster = new FullNameCluster(clusters.Count, NameFolding.Fold(mention.NameTokens[0]), mention);
                byFullName[mention.Folded] = cluster;
                clusters.Add(cluster);
                AddTo(bySurnameOf, mention.FoldedSurname, cluster);
                AddTo(byGivenNameOf, cluster.Given, cluster);
            }
            else
            {
                cluster.AddFullName(mention);
            }
        }

        var bySurname = new Dictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => !m.IsFullName))
        {
            // A surname alone (or a given name alone) joins the nearest introduced person it names: the one whose
            // latest mention before it is closest, the earliest introduced on a tie.
            var nearest = NearestBefore(mention, bySurnameOf, byGivenNameOf);
            if (nearest is not null)
            {
                nearest.Join(mention);
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

    private static void AddTo(Dictionary<string, List<FullNameCluster>> index, string word, FullNameCluster cluster)
    {
        if (!index.TryGetValue(word, out var list))
        {
            index[word] = list = [];
        }

        list.Add(cluster);
    }

    private static FullNameCluster? NearestBefore(
        PersonMention mention, Dictionary<string, List<FullNameCluster>> bySurnameOf, Dictionary<string, List<FullNameCluster>> byGivenNameOf)
    {
        bySurnameOf.TryGetValue(mention.FoldedSurname, out var bySurname);
        byGivenNameOf.TryGetValue(mention.Folded, out var byGiven);
        FullNameCluster? nearest = null;
        var nearestDistance = long.MaxValue;
        foreach (var candidate in Candidates(bySurname, byGiven))
        {
            CheckWork.Add();
            var before = candidate.LatestOffsetBefore(mention.Span.Offset);
            var distance = before < 0 ? int.MaxValue : mention.Span.Offset - before;
            if (distance < nearestDistance || (distance == nearestDistance && candidate.Index < nearest!.Index))
            {
                nearest = candidate;
                nearestDistance = distance;
            }
        }

        return nearest;
    }

    private static IEnumerable<FullNameCluster> Candidates(List<FullNameCluster>? bySurname, List<FullNameCluster>? byGiven)
    {
        // A bare word that many introduced people share ("James" in a list of a thousand delegates) is compared with
        // the most recently introduced ones only: the nearest person is almost always among them, and the work stays
        // bounded per mention.
        var seen = new HashSet<int>();
        foreach (var list in new[] { bySurname, byGiven })
        {
            if (list is null)
            {
                continue;
            }

            for (var i = list.Count - 1; i >= Math.Max(0, list.Count - MaxCandidateClusters); i--)
            {
                if (seen.Add(list[i].Index))
                {
                    yield return list[i];
                }
            }
        }
    }

    /// <summary>One person introduced by full name, with the mentions that joined it in text order.</summary>
    private sealed class FullNameCluster(int index, string given, PersonMention first)
    {
        private readonly List<int> _fullNameOffsets = [first.Span.Offset];
        private int _latestJoined = -1;

        public int Index { get; } = index;

        public string Given { get; } = given;

        public List<PersonMention> Mentions { get; } = [first];

        public void AddFullName(PersonMention mention)
        {
            Mentions.Add(mention);
            _fullNameOffsets.Add(mention.Span.Offset);
        }

        /// <summary>Surname-only mentions join in text order, so the latest joined one is always before the next.</summary>
        public void Join(PersonMention mention)
        {
            Mentions.Add(mention);
            _latestJoined = mention.Span.Offset;
        }

        /// <summary>The offset of this person's latest mention before <paramref name="offset"/>, or -1.</summary>
        public int LatestOffsetBefore(int offset)
        {
            var index = _fullNameOffsets.BinarySearch(offset);
            var fullName = index >= 0 ? (index > 0 ? _fullNameOffsets[index - 1] : -1) : (~index > 0 ? _fullNameOffsets[~index - 1] : -1);
            var joined = _latestJoined < offset ? _latestJoined : -1;
            return Math.Max(fullName, joined);
        }
    }
}
