using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

// PerfAbHost DIR_A DIR_B SECONDS [rec]: each DIR holds a PerfAbRunner build against one checkout. Both load into one
// process (each in its own load context) and run corpus passes in alternation, in a random order per pair, so both
// see the same machine load; prints both medians and the median of the per-pair ratios B/A.
var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var recognizeOnly = args.Length > 3 && args[3] == "rec";
var corpus = Environment.GetEnvironmentVariable("FACTCHECK_CORPUS") ?? "../shared/corpus/articles";
var passes = new Func<int>[2];
for (var v = 0; v < 2; v++)
{
    var dir = Path.GetFullPath(args[v]);
    var runner = new DirectoryLoadContext(dir).LoadFromAssemblyPath(Path.Combine(dir, "PerfAbRunner.dll")).GetType("FactCheck.PerfAb.Runner")!;
    runner.GetMethod("Setup")!.Invoke(null, [corpus]);
    var pass = runner.GetMethod("Pass")!;
    passes[v] = () => (int)pass.Invoke(null, [recognizeOnly])!;
}

for (var i = 0; i < 40; i++)
{
    passes[0]();
    passes[1]();
}

var times = new[] { new List<double>(), new List<double>() };
var ratios = new List<double>();
var random = new Random(20261204);
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    var pair = new double[2];
    foreach (var v in random.Next(2) == 0 ? new[] { 0, 1 } : [1, 0])
    {
        var start = Stopwatch.GetTimestamp();
        passes[v]();
        pair[v] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        times[v].Add(pair[v]);
    }

    ratios.Add(pair[1] / pair[0]);
}

static double Quantile(List<double> values, double q) => values.Order().ElementAt((int)(values.Count * q));
Console.WriteLine($"{(recognizeOnly ? "recognize only" : "all rules")}: {ratios.Count} pairs; A median {Quantile(times[0], 0.5):F2} ms, " +
                  $"B median {Quantile(times[1], 0.5):F2} ms; B/A median of pair ratios {Quantile(ratios, 0.5):F3} " +
                  $"(quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3})");

sealed class DirectoryLoadContext(string directory) : AssemblyLoadContext
{
    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(directory, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
