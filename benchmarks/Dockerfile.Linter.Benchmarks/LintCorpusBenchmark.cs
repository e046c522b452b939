using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Parses and lints every corpus file with all default rules once per operation (no build context, as the CLI runs
/// without <c>--context</c>). Extra columns: files per second and bytes allocated per file.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerFileConfig))]
public class LintCorpusBenchmark
{
    private string[] _texts = [];
    private DockerfileLinter _linter = new();

    /// <summary>Number of corpus files (read by the per-file columns).</summary>
    public static int FileCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_texts, _) = CorpusFiles.Load();
        FileCount = _texts.Length;
        _linter = new DockerfileLinter();
    }

    [Benchmark(Description = "Lint whole corpus (default rules)")]
    public int LintCorpus()
    {
        int findings = 0;
        foreach (var text in _texts) findings += _linter.Lint(text, "Dockerfile").Diagnostics.Length;
        return findings;
    }

    private sealed class PerFileConfig : ManualConfig
    {
        public PerFileConfig()
        {
            AddColumn(new PerFileColumn("FilesPerSec", "files/s", "Corpus files divided by the mean time of one operation",
                (stats, _) => (Files() / (stats.Mean / 1e9)).ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));
            AddColumn(new PerFileColumn("AllocPerFile", "KB/file", "Bytes allocated per operation divided by the corpus files, in KB",
                (_, allocated) => allocated is { } bytes ? (bytes / 1024.0 / Files()).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-"));
        }

        private static int Files() => FileCount > 0 ? FileCount : CorpusFiles.Load().Texts.Length;
    }

    private sealed class PerFileColumn(string id, string name, string legend,
        Func<BenchmarkDotNet.Mathematics.Statistics, long?, string> value) : IColumn
    {
        public string Id => id;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "-";
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return value(stats, allocated);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
