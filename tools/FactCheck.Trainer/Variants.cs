using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Learned;
using FactCheck.Core.Entities.Local;

namespace FactCheck.Trainer;

/// <summary>What each compared recognizer (or combination) predicts for one text, as exact (start, end) spans.</summary>
internal sealed record Variant(string Name, Func<DocumentPredictions, IReadOnlySet<(int Start, int End)>> Predict);

/// <summary>The rule recognizer's and the tagger's output on one text, computed once and shared by all variants.</summary>
internal sealed record DocumentPredictions(IReadOnlyList<(int Start, int End)> Rules, PersonTagging Tagging)
{
    public static DocumentPredictions Of(string text, PersonTagger tagger)
    {
        var document = ExtractedDocument.FromPlainText(text);
        var rules = new LocalEntityRecognizer().Recognize(document).Entities
            .Where(e => e.Category == EntityCategory.Person).Select(e => (e.Offset, e.End)).Distinct().ToArray();
        return new DocumentPredictions(rules, tagger.Analyze(document.Text));
    }
}

/// <summary>The variants of the comparison table: each alone, their union, and votes at a few thresholds.</summary>
internal static class Variants
{
    public static IReadOnlyList<Variant> All { get; } =
    [
        new("tagger", p => p.Tagging.Spans.Select(s => (s.Offset, s.End)).ToHashSet()),
        new("rules", p => p.Rules.ToHashSet()),
        new("union", p => Vote(p, taggerMargin: float.NegativeInfinity, vetoMargin: float.PositiveInfinity)),
        new("vote t=2 veto=5", p => Vote(p, 2, 5)),
        new("vote t=5 veto=5", p => Vote(p, 5, 5)),
        new("vote t=5 veto=10", p => Vote(p, 5, 10)),
        new("vote t=10 veto=10", p => Vote(p, 10, 10)),
        new("rules - veto=5", p => Vote(p, float.PositiveInfinity, 5)),
    ];

    /// <summary>
    /// Rules' spans, except those whose every scored token the tagger calls Outside by more than
    /// <paramref name="vetoMargin"/>; plus the tagger's spans with margin above <paramref name="taggerMargin"/> that
    /// overlap no kept rule span (overlapping different spans would only add a false positive under exact match).
    /// </summary>
    private static HashSet<(int Start, int End)> Vote(DocumentPredictions p, float taggerMargin, float vetoMargin)
    {
        var kept = new HashSet<(int Start, int End)>();
        foreach (var rule in p.Rules)
        {
            var inside = p.Tagging.Tokens.Where(t => t.Offset >= rule.Start && t.End <= rule.End).ToArray();
            var vetoed = inside.Length > 0 && inside.All(t => t.Tag == PersonTag.Outside && t.Margin > vetoMargin);
            if (!vetoed)
            {
                kept.Add(rule);
            }
        }

        var rules = kept.ToArray();
        foreach (var span in p.Tagging.Spans)
        {
            if (span.Margin > taggerMargin && !rules.Any(r => r.Start < span.End && span.Offset < r.End))
            {
                kept.Add((span.Offset, span.End));
            }
        }

        return kept;
    }
}
