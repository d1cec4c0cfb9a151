using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// A learned person-name recognizer: an averaged-perceptron BIO tagger over the local tokenizer's tokens, decoded
/// greedily left to right, run twice per text so that the second pass knows which words the first pass took for
/// names anywhere in the document. Only tokens that could be part of a name (capitalized, or a particle inside a
/// capitalized run) are scored. Trained on GUM (Zeldes 2017) by <c>tools/FactCheck.Trainer</c>.
/// </summary>
public sealed class PersonTagger
{
    private const string ResourceName = "FactCheck.Core.Models.person-tagger.bin";

    private static readonly Lazy<PersonTagger> Instance = new(LoadShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lexicon _lexicon;
    private readonly IWordCommonness? _commonness;

    public PersonTagger(PersonTaggerModel model)
        : this(model, Lexicon.Shared, WordCommonness.Current)
    {
    }

    internal PersonTagger(PersonTaggerModel model, Lexicon lexicon, IWordCommonness? commonness)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.CommonnessName != (commonness?.Name ?? string.Empty))
        {
            throw new InvalidOperationException(
                $"The person-tagger model was trained with commonness source '{model.CommonnessName}' but this build provides '{commonness?.Name}'; retrain it.");
        }

        Model = model;
        _lexicon = lexicon;
        _commonness = commonness;
    }

    /// <summary>The tagger with the model embedded in FactCheck.Core, loaded on first use.</summary>
    public static PersonTagger Shared => Instance.Value;

    public PersonTaggerModel Model { get; }

    public IReadOnlyList<TaggedSpan> Tag(string text) => Analyze(text).Spans;

    public PersonTagging Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = TaggerInput.Prepare(text, _lexicon, _commonness);
        if (input.CandidateCount == 0)
        {
            return new PersonTagging([], []);
        }

        var tags = new PersonTag[input.Tokens.Count];
        var margins = new float[input.Tokens.Count];
        var staticScores = new float[input.Tokens.Count * PersonTaggerModel.Classes];
        Decode(input, Model, memory: null, staticScores, tags, margins);
        Decode(input, Model, Memory(input, tags), staticScores, tags, margins);
        return Collect(input, tags, margins);
    }

    /// <summary>The lower-cased words the first pass tagged as part of a name: the document memory of the second.</summary>
    internal static HashSet<uint> Memory(TaggerInput input, PersonTag[] tags)
    {
        var memory = new HashSet<uint>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] != PersonTag.Outside)
            {
                memory.Add(input.Lower[i]);
            }
        }

        return memory;
    }

    /// <summary>
    /// One greedy pass. The first (without memory) fills <paramref name="staticScores"/>; the second adds only the
    /// memory and transition features to them, because nothing else has changed.
    /// </summary>
    internal static void Decode(TaggerInput input, PersonTaggerModel model, HashSet<uint>? memory, float[] staticScores, PersonTag[] tags, float[] margins)
    {
        var weights = model.Weights;
        var mask = model.Mask;
        var present = model.Present;
        Span<int> features = stackalloc int[PersonFeatures.MaxStatic];
        Span<int> transition = stackalloc int[PersonFeatures.MaxTransition];
        Span<float> scores = stackalloc float[PersonTaggerModel.Classes];
        var previous = PersonTag.Outside;
        for (var i = 0; i < tags.Length; i++)
        {
            if (!input.IsCandidate[i])
            {
                tags[i] = previous = PersonTag.Outside;
                continue;
            }

            var cached = staticScores.AsSpan(i * PersonTaggerModel.Classes, PersonTaggerModel.Classes);
            if (memory is null)
            {
                var count = PersonFeatures.Static(input, i, features, mask);
                Score(weights, present, features[..count], [], cached);
            }

            var added = memory is null ? 0 : PersonFeatures.Memory(input, i, memory, features, mask);
            var transitions = PersonFeatures.Transition(input, i, previous, transition, mask);
            Score(weights, present, features[..added], transition[..transitions], scores);
            for (var c = 0; c < PersonTaggerModel.Classes; c++)
            {
                scores[c] += cached[c];
            }

            tags[i] = previous = Best(scores, previous, out margins[i]);
        }
    }

    internal static void Score(float[] weights, ReadOnlySpan<int> features, ReadOnlySpan<int> transition, Span<float> scores) =>
        Score(weights, null, features, transition, scores);

    /// <summary>
    /// Sums the rows of the features. <paramref name="present"/> marks the non-zero rows: most features of a text
    /// were never learned, and a bit in a small table is far cheaper to miss than a row of the large one.
    /// </summary>
    internal static void Score(float[] weights, ulong[]? present, ReadOnlySpan<int> features, ReadOnlySpan<int> transition, Span<float> scores)
    {
        float outside = 0, begin = 0, inside = 0;
        foreach (var bucket in features)
        {
            if (present is not null && (present[bucket >> 6] & (1UL << bucket)) == 0)
            {
                continue;
            }

            var row = bucket * PersonTaggerModel.Classes;
            outside += weights[row];
            begin += weights[row + 1];
            inside += weights[row + 2];
        }

        foreach (var bucket in transition)
        {
            var row = bucket * PersonTaggerModel.Classes;
            outside += weights[row];
            begin += weights[row + 1];
            inside += weights[row + 2];
        }

        scores[0] = outside;
        scores[1] = begin;
        scores[2] = inside;
    }

    /// <summary>The best tag allowed after <paramref name="previous"/> (Inside only continues a name).</summary>
    internal static PersonTag Best(ReadOnlySpan<float> scores, PersonTag previous, out float margin)
    {
        var classes = previous == PersonTag.Outside ? 2 : 3;
        var best = 0;
        for (var c = 1; c < classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var second = float.NegativeInfinity;
        for (var c = 0; c < classes; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        margin = scores[best] - second;
        return (PersonTag)best;
    }

    private static PersonTagging Collect(TaggerInput input, PersonTag[] tags, float[] margins)
    {
        var spans = new List<TaggedSpan>();
        var decisions = new List<TokenDecision>(input.CandidateCount);
        var tokens = input.Tokens;
        var i = 0;
        while (i < tags.Length)
        {
            if (input.IsCandidate[i])
            {
                decisions.Add(new TokenDecision(tokens[i].Start, tokens[i].Length, tags[i], margins[i]));
            }

            if (tags[i] != PersonTag.Begin)
            {
                i++;
                continue;
            }

            var first = i;
            var margin = margins[i];
            while (i + 1 < tags.Length && tags[i + 1] == PersonTag.Inside)
            {
                i++;
                margin = Math.Min(margin, margins[i]);
                decisions.Add(new TokenDecision(tokens[i].Start, tokens[i].Length, tags[i], margins[i]));
            }

            spans.Add(new TaggedSpan(tokens[first].Start, tokens[i].End - tokens[first].Start, margin));
            i++;
        }

        return new PersonTagging(spans, decisions);
    }

    private static PersonTagger LoadShared()
    {
        using var stream = typeof(PersonTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded person-tagger model {ResourceName} is missing from FactCheck.Core.");
        return new PersonTagger(PersonTaggerModel.Load(stream));
    }
}
