using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Lint against parse over the whole corpus, side by side: one operation parses every file (the baseline), the other
/// parses and lints every file with all default rules (no build context, as the CLI runs without <c>--context</c>).
/// The Ratio column is lint time over parse time; extra columns give MB/s, files/s and KB allocated per file.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerFileConfig))]
public class LintVersusParseBenchmark
{
    private string[] _texts = [];
    private DockerfileLinter _linter = new();

    /// <summary>Number of corpus files (read by the per-file columns).</summary>
    public static int FileCount { get; private set; }

    /// <summary>Total UTF-8 bytes of the corpus (read by the throughput column).</summary>
    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_texts, long bytes) = CorpusFiles.Load();
        FileCount = _texts.Length;
        CorpusBytes = bytes;
        _linter = new DockerfileLinter();
    }

    [Benchmark(Baseline = true, Description = "Parse corpus")]
    public int Parse()
    {
        int instructions = 0;
        foreach (var text in _texts) instructions += DockerfileParser.Parse(text, "Dockerfile").Instructions.Length;
        return instructions;
    }

    [Benchmark(Description = "Lint corpus (parse + default rules)")]
    public int Lint()
    {
        int findings = 0;
        foreach (var text in _texts) findings += _linter.Lint(text, "Dockerfile").Diagnostics.Length;
        return findings;
    }

    private sealed class PerFileConfig : ManualConfig
    {
        public PerFileConfig()
        {
            AddColumn(new PerFileColumn("CorpusMBps", "MB/s", "Corpus bytes (UTF-8) divided by the mean time of one operation",
                (stats, _) => (Bytes() / 1e6 / (stats.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture)));
            AddColumn(new PerFileColumn("FilesPerSec", "files/s", "Corpus files divided by the mean time of one operation",
                (stats, _) => (Files() / (stats.Mean / 1e9)).ToString("F0", CultureInfo.InvariantCulture)));
            AddColumn(new PerFileColumn("AllocPerFile", "KB/file", "Bytes allocated per operation divided by the corpus files, in KB",
                (_, allocated) => allocated is { } bytes ? (bytes / 1024.0 / Files()).ToString("F1", CultureInfo.InvariantCulture) : "-"));
        }

        // The columns are computed in the host process, where GlobalSetup did not run.
        private static int Files() => FileCount > 0 ? FileCount : CorpusFiles.Load().Texts.Length;

        private static long Bytes() => CorpusBytes > 0 ? CorpusBytes : CorpusFiles.Load().Bytes;
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
