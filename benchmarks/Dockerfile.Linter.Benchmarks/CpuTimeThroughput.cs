using System.Diagnostics;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Corpus parse throughput measured in process CPU time rather than wall time, for machines shared with other work
/// (run with <c>DOTNET_gcConcurrent=0</c> so garbage collection runs on the measuring thread).
/// </summary>
internal static class CpuTimeThroughput
{
    public static void Run(int rounds = 30)
    {
        var (texts, bytes) = CorpusFiles.Load();
        var process = Process.GetCurrentProcess();
        var samples = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            foreach (var text in texts) DockerfileParser.Parse(text);
            process.Refresh();
            var cpu = process.TotalProcessorTime - before;
            if (round >= rounds / 3) samples.Add(bytes / 1e6 / cpu.TotalSeconds);
        }
        samples.Sort();
        Console.WriteLine($"corpus {bytes:N0} bytes, {texts.Length} files; CPU-time throughput over {samples.Count} warm rounds: " +
            $"median {samples[samples.Count / 2]:F1} MB/s, min {samples[0]:F1}, max {samples[^1]:F1}");
    }
}
