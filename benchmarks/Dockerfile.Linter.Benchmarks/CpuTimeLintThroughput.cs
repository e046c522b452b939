using System.Diagnostics;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Corpus lint throughput (parse + all default rules) in process CPU time, with bytes allocated per file; for machines
/// shared with other work (run with <c>DOTNET_gcConcurrent=0</c>).
/// </summary>
internal static class CpuTimeLintThroughput
{
    public static void Run(int rounds = 12, bool allRules = false, bool withoutShellCheck = false)
    {
        var (texts, _) = CorpusFiles.Load();
        var options = new LintOptions { Preset = allRules ? Rules.Preset.All : Rules.Preset.Recommended };
        if (withoutShellCheck)
            foreach (var rule in Rules.RuleRegistry.All.Where(r => r.Descriptor.Category == Rules.RuleCategory.ShellCheck))
                options.Ignore.Add(rule.Descriptor.Code);
        var linter = new DockerfileLinter(options);
        var process = Process.GetCurrentProcess();
        var filesPerSecond = new List<double>();
        var bytesPerFile = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            foreach (var text in texts) linter.Lint(text, "Dockerfile");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - before;
            if (round < rounds / 3) continue;
            filesPerSecond.Add(texts.Length / cpu.TotalSeconds);
            bytesPerFile.Add((double)allocated / texts.Length);
        }
        filesPerSecond.Sort();
        string rules = (allRules ? "all rules" : "default rules") + (withoutShellCheck ? " without the SC family" : "");
        Console.WriteLine($"{texts.Length} files, parse + {rules}; CPU-time throughput over {filesPerSecond.Count} warm rounds: " +
            $"median {filesPerSecond[filesPerSecond.Count / 2]:F0} files/s (min {filesPerSecond[0]:F0}, max {filesPerSecond[^1]:F0}); " +
            $"allocated {bytesPerFile.Average() / 1024:F1} KB per file");
    }
}
