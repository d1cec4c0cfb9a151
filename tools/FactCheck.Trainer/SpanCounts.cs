using System.Globalization;

namespace FactCheck.Trainer;

/// <summary>Exact-span true/false positives and false negatives, summed over documents.</summary>
internal sealed class SpanCounts
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanCounts FromTotals(int truePositives, int falsePositives, int falseNegatives) =>
        new() { TruePositives = truePositives, FalsePositives = falsePositives, FalseNegatives = falseNegatives };

    public void Add(IEnumerable<(int Start, int End)> gold, IReadOnlySet<(int Start, int End)> predicted)
    {
        var expected = gold.ToHashSet();
        var hits = expected.Count(predicted.Contains);
        TruePositives += hits;
        FalsePositives += predicted.Count - hits;
        FalseNegatives += expected.Count - hits;
    }

    public void Add(SpanCounts other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} ({TruePositives} tp, {FalsePositives} fp, {FalseNegatives} fn)");
}
