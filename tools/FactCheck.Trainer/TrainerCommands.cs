using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Entities.Learned;
using FactCheck.Core.Evaluation;

namespace FactCheck.Trainer;

/// <summary>
/// The trainer's commands: <c>train</c>, <c>cv</c>, <c>eval-gold</c>, <c>report</c> (CV and gold in one table) and
/// <c>speed</c>. Every run is deterministic: fixed seed, fixed epochs, fixed fold assignment.
/// </summary>
internal static class TrainerCommands
{
    private const string Usage = """
        usage:
          train GUM_DIR --out FILE [--epochs N]        train on every document, write the model
          cv GUM_DIR [--folds 5]                       document-level cross-validation, all variants
          eval-gold GOLD_DIR --train GUM_DIR           train without the gold articles, score on gold
          report GUM_DIR --gold GOLD_DIR [--folds 5]   cv and eval-gold in one table
          speed TEXT_DIR [--runs 7] [--model FILE]     tagging speed over TEXT_DIR/*.txt (Release build)
          rules-errors GUM_DIR [--context N]           the rule recognizer's missed and spurious spans per document
                                                       (with N > 0: one line per span, N characters either side)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var options = Options(args);
        var training = new PersonTrainingOptions();
        if (options.TryGetValue("--epochs", out var epochs))
        {
            training = training with { Epochs = int.Parse(epochs, CultureInfo.InvariantCulture) };
        }

        if (options.TryGetValue("--dropout", out var dropout))
        {
            training = training with { IdentityDropout = double.Parse(dropout, CultureInfo.InvariantCulture) };
        }

        if (options.TryGetValue("--margin", out var margin))
        {
            training = training with { Margin = float.Parse(margin, CultureInfo.InvariantCulture) };
        }

        if (options.TryGetValue("--bits", out var bits))
        {
            training = training with { BucketBits = int.Parse(bits, CultureInfo.InvariantCulture) };
        }

        if (options.TryGetValue("--prune", out var prune))
        {
            training = training with { PruneThreshold = float.Parse(prune, CultureInfo.InvariantCulture) };
        }
        var folds = options.TryGetValue("--folds", out var f) ? int.Parse(f, CultureInfo.InvariantCulture) : 5;
        switch (args[0])
        {
            case "train":
                Train(args[1], options["--out"], training);
                return 0;
            case "rules-errors":
                RulesErrors(args[1], options.TryGetValue("--context", out var context) ? int.Parse(context, CultureInfo.InvariantCulture) : 0);
                return 0;
            case "cv":
                Print(CrossValidate(args[1], folds, training, verbose: true), gold: null);
                return 0;
            case "eval-gold":
                Print(cv: null, await EvaluateGoldAsync(args[1], options["--train"], training, options.ContainsKey("--verbose")).ConfigureAwait(false));
                return 0;
            case "report":
                var cv = CrossValidate(args[1], folds, training, verbose: true);
                Print(cv, await EvaluateGoldAsync(options["--gold"], args[1], training, verbose: false).ConfigureAwait(false));
                return 0;
            case "check-reader":
                CheckReader(args[1], options["--gold"]);
                return 0;
            case "speed":
                Speed(args[1], options.TryGetValue("--runs", out var runs) ? int.Parse(runs, CultureInfo.InvariantCulture) : 7,
                    options.TryGetValue("--model", out var model) ? model : null);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }

    private static void Train(string corpus, string output, PersonTrainingOptions options)
    {
        var documents = GumCorpus.Load(corpus);
        var watch = Stopwatch.StartNew();
        var model = new PersonTaggerTrainer().Train(documents, options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            model.Save(file);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {documents.Count} documents, {documents.Sum(d => d.Names.Count)} name spans, {options.Epochs} epochs in {watch.Elapsed.TotalSeconds:F1} s; {model.NonZeroRows} feature rows, {new FileInfo(output).Length / 1024.0:F0} KiB → {output}"));
    }

    /// <summary>What the rule recognizer gets wrong on documents it was not written for: its errors are what a
    /// general fix has to remove, read one by one.</summary>
    private static void RulesErrors(string corpus, int context)
    {
        var total = new SpanCounts();
        foreach (var document in GumCorpus.Load(corpus))
        {
            var predicted = new FactCheck.Core.Entities.Local.LocalEntityRecognizer()
                .Recognize(FactCheck.Core.Documents.ExtractedDocument.FromPlainText(document.Text)).Entities
                .Where(e => e.Category == FactCheck.Core.Entities.EntityCategory.Person).Select(e => (Start: e.Offset, e.End)).ToHashSet();
            var gold = document.Names.ToHashSet();
            total.Add(document.Names, predicted);
            string Quote((int Start, int End) s) => document.Text[s.Start..s.End].ReplaceLineEndings(" ");
            if (context > 0)
            {
                string InContext((int Start, int End) s) =>
                    $"{document.Text[Math.Max(0, s.Start - context)..s.Start]}[{document.Text[s.Start..s.End]}]{document.Text[s.End..Math.Min(document.Text.Length, s.End + context)]}".ReplaceLineEndings(" ");
                foreach (var miss in gold.Except(predicted).OrderBy(s => s.Start))
                {
                    Console.WriteLine($"{document.Id}\tmissed\t{InContext(miss)}");
                }

                foreach (var spurious in predicted.Except(gold).OrderBy(s => s.Start))
                {
                    Console.WriteLine($"{document.Id}\tspurious\t{InContext(spurious)}");
                }

                continue;
            }

            Console.WriteLine($"{document.Id}: missed {string.Join("; ", gold.Except(predicted).OrderBy(s => s.Start).Select(Quote))}");
            Console.WriteLine($"{document.Id}: spurious {string.Join("; ", predicted.Except(gold).OrderBy(s => s.Start).Select(Quote))}");
        }

        Console.WriteLine($"rules {total}");
    }

    private static Dictionary<string, SpanCounts> CrossValidate(string corpus, int folds, PersonTrainingOptions options, bool verbose)
    {
        var documents = GumCorpus.Load(corpus);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var fold = new int[documents.Count];
        for (var i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % folds;
        }

        var pooled = Variants.All.ToDictionary(v => v.Name, _ => new SpanCounts(), StringComparer.Ordinal);
        for (var k = 0; k < folds; k++)
        {
            var train = documents.Where((_, i) => fold[i] != k).ToArray();
            var test = documents.Where((_, i) => fold[i] == k).ToArray();
            var tagger = new PersonTagger(new PersonTaggerTrainer().Train(train, options));
            var counts = Variants.All.ToDictionary(v => v.Name, _ => new SpanCounts(), StringComparer.Ordinal);
            foreach (var document in test)
            {
                var predictions = DocumentPredictions.Of(document.Text, tagger);
                foreach (var variant in Variants.All)
                {
                    counts[variant.Name].Add(document.Names, variant.Predict(predictions));
                }
            }

            foreach (var variant in Variants.All)
            {
                pooled[variant.Name].Add(counts[variant.Name]);
            }

            if (verbose)
            {
                Console.WriteLine($"fold {k + 1}/{folds}: {test.Length} documents ({string.Join(", ", test.Select(d => d.Id))})");
                foreach (var name in new[] { "tagger", "rules", "union" })
                {
                    Console.WriteLine($"  {name,-8} {counts[name]}");
                }
            }
        }

        return pooled;
    }

    private static async Task<Dictionary<string, SpanCounts>> EvaluateGoldAsync(string goldDirectory, string corpus, PersonTrainingOptions options, bool verbose)
    {
        var documents = GumCorpus.Load(corpus);
        var goldTexts = Directory.GetFiles(goldDirectory, "*.txt").Select(File.ReadAllText).ToArray();
        var held = GumCorpus.SameArticles(documents, goldTexts);
        Console.WriteLine($"gold: {goldTexts.Length} articles; left out of training: {held.Count} ({string.Join(", ", held.Order(StringComparer.Ordinal))})");
        if (held.Count != goldTexts.Length)
        {
            throw new InvalidOperationException("Not every gold article was found in the training corpus; the gold figures would not be held out.");
        }

        var tagger = new PersonTagger(new PersonTaggerTrainer().Train(documents.Where(d => !held.Contains(d.Id)).ToArray(), options));
        var results = new Dictionary<string, SpanCounts>(StringComparer.Ordinal);
        foreach (var variant in Variants.All)
        {
            var (total, articles) = await PersonEvaluation.EvaluateAsync(goldDirectory, new VariantRecognizer(variant, tagger)).ConfigureAwait(false);
            if (verbose && variant.Name == "tagger")
            {
                foreach (var article in articles)
                {
                    Console.WriteLine($"  {article.Id}: missed {string.Join("; ", article.Missed)}");
                    Console.WriteLine($"  {article.Id}: spurious {string.Join("; ", article.Spurious)}");
                }
            }

            results[variant.Name] = SpanCounts.FromTotals(total.TruePositives, total.FalsePositives, total.FalseNegatives);
        }

        return results;
    }

    private static void Print(Dictionary<string, SpanCounts>? cv, Dictionary<string, SpanCounts>? gold)
    {
        Console.WriteLine();
        Console.WriteLine("variant              | CV gum-train (pooled)     | gold, 12 news held out");
        Console.WriteLine("                     |     P      R     F1       |     P      R     F1");
        foreach (var variant in Variants.All)
        {
            var left = cv is null ? "           -" : Cells(cv[variant.Name]);
            var right = gold is null ? "           -" : Cells(gold[variant.Name]);
            Console.WriteLine($"{variant.Name,-20} | {left,-25} | {right}");
        }
    }

    private static string Cells(SpanCounts c) => string.Create(CultureInfo.InvariantCulture, $"{c.Precision,5:F3}  {c.Recall,5:F3}  {c.F1,5:F3}");

    /// <summary>Compares the CoNLL-U reader's name spans with the gold set's, as multisets of span texts per article.</summary>
    private static void CheckReader(string corpus, string goldDirectory)
    {
        var documents = GumCorpus.Load(corpus);
        foreach (var line in File.ReadLines(Path.Combine(goldDirectory, "persons.jsonl")))
        {
            var gold = Newtonsoft.Json.Linq.JObject.Parse(line);
            var text = File.ReadAllText(Path.Combine(goldDirectory, (string)gold["id"]! + ".txt"));
            var source = (string)gold["source"]!;
            var document = documents.Single(d => d.Id == source);
            var expected = gold["persons"]!.Select(p => (string)p["text"]!).ToList();
            var read = document.Names.Select(n => document.Text[n.Start..n.End]).ToList();
            var missing = expected.ToList();
            var extra = new List<string>();
            foreach (var name in read)
            {
                if (!missing.Remove(name))
                {
                    extra.Add(name);
                }
            }

            Console.WriteLine($"{gold["id"]} {source}: gold {expected.Count}, reader {read.Count}; only gold: [{string.Join("; ", missing)}] only reader: [{string.Join("; ", extra)}]");
        }
    }

    private static void Speed(string directory, int runs, string? modelPath)
    {
        var texts = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var bytes = Directory.GetFiles(directory, "*.txt").Sum(p => new FileInfo(p).Length);
        PersonTagger tagger;
        if (modelPath is null)
        {
            tagger = PersonTagger.Shared;
        }
        else
        {
            using var file = File.OpenRead(modelPath);
            tagger = new PersonTagger(PersonTaggerModel.Load(file));
        }

        var spans = 0;
        foreach (var text in texts)
        {
            spans += tagger.Tag(text).Count;
        }

        var rates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var repeat = 0;
            do
            {
                foreach (var text in texts)
                {
                    tagger.Tag(text);
                }

                repeat++;
            }
            while (watch.Elapsed.TotalSeconds < 0.5);
            rates.Add(bytes * repeat / watch.Elapsed.TotalSeconds / 1e6);
        }

        rates.Sort();
        var tokenizing = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var text in texts)
            {
                FactCheck.Core.Names.Tokenizer.Tokenize(text, 0, text.Length);
            }

            tokenizing.Add(bytes / watch.Elapsed.TotalSeconds / 1e6);
        }

        tokenizing.Sort();
        var preparing = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var text in texts)
            {
                TaggerInput.Prepare(text, FactCheck.Core.Names.Lexicon.Shared, WordCommonness.Current);
            }

            preparing.Add(bytes / watch.Elapsed.TotalSeconds / 1e6);
        }

        preparing.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens and per-token values (no scoring) {preparing[runs / 2]:F1} MB/s median"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokenizer alone {tokenizing[runs / 2]:F1} MB/s median"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length} texts, {bytes / 1024.0:F0} KiB, {spans} spans; tagging {rates[rates.Count / 2]:F1} MB/s median of {runs} runs (min {rates[0]:F1}, max {rates[^1]:F1}), one thread"));
    }
}
