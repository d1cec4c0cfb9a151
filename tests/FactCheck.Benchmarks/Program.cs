using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// Throughput is reported in MB/s of input and bytes allocated per article, from BenchmarkDotNet's median, and from the
// fastest iteration: on a shared VM that drifts between a fast and a slow phase, the median of a case depends on how
// much of its run fell in the slow phase, the fastest iteration much less.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(CorpusCheckBenchmark).Assembly).Run(args, DefaultConfig.Instance);
foreach (var summary in summaries)
{
    var articles = CorpusLocator.Load();
    var bytes = articles.Sum(a => (long)a.Bytes.Length);
    foreach (var report in summary.Reports)
    {
        // The archive benchmarks measure one draft, not a corpus pass: BenchmarkDotNet's own table is their report.
        if (report.ResultStatistics is not { } statistics || report.BenchmarkCase.Descriptor.Type.Namespace == typeof(FactCheck.Benchmarks.Archive.SyntheticArchive).Namespace)
        {
            continue;
        }

        var seconds = statistics.Median / 1e9;
        var fastest = statistics.Min / 1e9;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine($"{report.BenchmarkCase.DisplayInfo}: {articles.Length} articles, {bytes:N0} bytes, median {seconds * 1000:F2} ms => {bytes / seconds / 1e6:F1} MB/s " +
            $"(fastest iteration {fastest * 1000:F2} ms => {bytes / fastest / 1e6:F1} MB/s), {allocated / articles.Length:N0} B allocated per article");
    }
}
