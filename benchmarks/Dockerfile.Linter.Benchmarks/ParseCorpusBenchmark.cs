using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>Parses every corpus file once per operation; the MB/s column is corpus bytes / mean time.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseCorpusBenchmark
{
    private string[] _texts = [];

    /// <summary>Total UTF-8 bytes of the corpus (read by the throughput column).</summary>
    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (_texts, long bytes) = CorpusFiles.Load();
        CorpusBytes = bytes;
    }

    [Benchmark(Description = "Parse whole corpus")]
    public int ParseCorpus()
    {
        int instructions = 0;
        foreach (var text in _texts) instructions += DockerfileParser.Parse(text).Instructions.Length;
        return instructions;
    }

    [Benchmark(Description = "Parse + BuildKit dump")]
    public int ParseAndDump()
    {
        int length = 0;
        foreach (var text in _texts) length += BuildKitDump.Dump(DockerfileParser.Parse(text)).Length;
        return length;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "CorpusMBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Corpus bytes (UTF-8) divided by the mean time of one operation";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            long bytes = CorpusBytes > 0 ? CorpusBytes : CorpusFiles.Load().Bytes;
            return stats is null ? "-" : (bytes / 1e6 / (stats.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
