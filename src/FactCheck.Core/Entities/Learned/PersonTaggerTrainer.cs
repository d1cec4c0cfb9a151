using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>A training text and its person-name spans (UTF-16 offsets, end exclusive).</summary>
public sealed record PersonTrainingDocument(string Id, string Text, IReadOnlyList<(int Start, int End)> Names);

/// <summary>Settings of one training run; the defaults are what the shipped model was trained with.</summary>
public sealed record PersonTrainingOptions
{
    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 20170301;

    public int BucketBits { get; init; } = 20;

    /// <summary>Rows whose averaged weights all stay below this are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 0.02f;

    /// <summary>
    /// Share of training tokens scored without their own word, prefixes and suffixes. Without it the perceptron
    /// separates the small corpus by memorizing words after a few updates and learns too little from context and
    /// shape, which is all it has for a name it has never seen.
    /// </summary>
    public double IdentityDropout { get; init; } = 0.3;

    /// <summary>A correct answer whose lead over the next tag is below this still updates, for a wider margin.</summary>
    public float Margin { get; init; }
}

/// <summary>
/// Trains <see cref="PersonTaggerModel"/> as an averaged perceptron, deterministically: documents are shuffled with
/// a fixed seed each epoch and every update is in a fixed order, so two runs on the same data give the same bytes.
/// Each document is decoded twice per epoch, as at tagging time: once without and once with the memory of what the
/// first pass tagged, and both passes update the one set of weights.
/// </summary>
public sealed class PersonTaggerTrainer
{
    private readonly Lexicon _lexicon;
    private readonly IWordCommonness? _commonness;

    public PersonTaggerTrainer()
        : this(Lexicon.Shared, WordCommonness.Current)
    {
    }

    internal PersonTaggerTrainer(Lexicon lexicon, IWordCommonness? commonness)
    {
        _lexicon = lexicon;
        _commonness = commonness;
    }

    public PersonTaggerModel Train(IReadOnlyList<PersonTrainingDocument> documents, PersonTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new PersonTrainingOptions();
        var prepared = documents.Select(d => (Input: TaggerInput.Prepare(d.Text, _lexicon, _commonness), d)).Select(p => (p.Input, Gold: GoldTags(p.Input, p.d.Names))).ToArray();
        var state = new AveragedWeights((1 << options.BucketBits) * PersonTaggerModel.Classes);
        var mask = (1 << options.BucketBits) - 1;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (input, gold) = prepared[index];
                var predicted = new PersonTag[gold.Length];
                TrainPass(input, gold, memory: null, predicted, state, mask, options, random);
                TrainPass(input, gold, PersonTagger.Memory(input, predicted), predicted, state, mask, options, random);
            }
        }

        var model = new PersonTaggerModel(options.BucketBits, state.Averaged(), _commonness?.Name ?? string.Empty);
        model.Prune(options.PruneThreshold);
        return model;
    }

    /// <summary>Token tags from character spans: a token starting a span is Begin, a later token inside it Inside.</summary>
    internal static PersonTag[] GoldTags(TaggerInput input, IReadOnlyList<(int Start, int End)> names)
    {
        var tags = new PersonTag[input.Tokens.Count];
        var sorted = names.OrderBy(n => n.Start).ToArray();
        var s = 0;
        for (var i = 0; i < input.Tokens.Count; i++)
        {
            var token = input.Tokens[i];
            while (s < sorted.Length && sorted[s].End <= token.Start)
            {
                s++;
            }

            if (s < sorted.Length && token.Start >= sorted[s].Start && token.End <= sorted[s].End)
            {
                tags[i] = token.Start == sorted[s].Start ? PersonTag.Begin : PersonTag.Inside;
            }
        }

        return tags;
    }

    private static void TrainPass(TaggerInput input, PersonTag[] gold, HashSet<uint>? memory, PersonTag[] predicted, AveragedWeights state, int mask,
        PersonTrainingOptions options, Random random)
    {
        Span<int> features = stackalloc int[PersonFeatures.MaxStatic];
        Span<int> transition = stackalloc int[PersonFeatures.MaxTransition];
        Span<float> scores = stackalloc float[PersonTaggerModel.Classes];
        var previous = PersonTag.Outside;
        for (var i = 0; i < gold.Length; i++)
        {
            if (!input.IsCandidate[i])
            {
                predicted[i] = previous = PersonTag.Outside;
                continue;
            }

            var withoutIdentity = random.NextDouble() < options.IdentityDropout;
            var count = PersonFeatures.Static(input, i, features, mask, withoutIdentity);
            count += memory is null ? 0 : PersonFeatures.Memory(input, i, memory, features[count..], mask);
            var transitions = PersonFeatures.Transition(input, i, previous, transition, mask);
            PersonTagger.Score(state.Current, features[..count], transition[..transitions], scores);
            var guess = PersonTagger.Best(scores, previous, out _);

            // After a wrongly ended name the gold Inside is unreachable; the best reachable answer is a new name.
            var truth = gold[i] == PersonTag.Inside && previous == PersonTag.Outside ? PersonTag.Begin : gold[i];
            var rival = Rival(scores, truth, previous);
            state.Tick();
            if (scores[(int)truth] - scores[rival] < options.Margin || guess != truth)
            {
                state.Update(features[..count], (int)truth, rival);
                state.Update(transition[..transitions], (int)truth, rival);
            }

            predicted[i] = previous = guess;
        }
    }

    /// <summary>The best-scoring allowed tag other than <paramref name="truth"/>.</summary>
    private static int Rival(ReadOnlySpan<float> scores, PersonTag truth, PersonTag previous)
    {
        var rival = -1;
        for (var c = 0; c < (previous == PersonTag.Outside ? 2 : 3); c++)
        {
            if (c != (int)truth && (rival < 0 || scores[c] > scores[rival]))
            {
                rival = c;
            }
        }

        return rival;
    }

    /// <summary>Perceptron weights with lazily accumulated sums, so averaging costs nothing per untouched feature.</summary>
    private sealed class AveragedWeights
    {
        private readonly double[] _sums;
        private readonly int[] _stamps;
        private int _time;

        public AveragedWeights(int size)
        {
            Current = new float[size];
            _sums = new double[size];
            _stamps = new int[size];
        }

        public float[] Current { get; }

        public void Tick() => _time++;

        public void Update(ReadOnlySpan<int> buckets, int truth, int guess)
        {
            foreach (var bucket in buckets)
            {
                Add((bucket * PersonTaggerModel.Classes) + truth, 1);
                Add((bucket * PersonTaggerModel.Classes) + guess, -1);
            }
        }

        public float[] Averaged()
        {
            var averaged = new float[Current.Length];
            for (var i = 0; i < Current.Length; i++)
            {
                var sum = _sums[i] + ((double)(_time - _stamps[i]) * Current[i]);
                averaged[i] = _time == 0 ? 0 : (float)(sum / _time);
            }

            return averaged;
        }

        private void Add(int index, float delta)
        {
            _sums[index] += (double)(_time - _stamps[index]) * Current[index];
            _stamps[index] = _time;
            Current[index] += delta;
        }
    }
}
