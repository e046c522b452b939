using System.Globalization;
using Dockerfile.Linter.Parsing;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Parse and lint (parse + all default rules) of the same corpus in one run, in CPU time of the measuring thread
/// (<c>lint-cpu</c> mode), with the ratio of the two and bytes allocated per file; for machines shared with other work
/// (run with <c>DOTNET_gcConcurrent=0</c> so that garbage collection runs on the measuring thread). Rounds alternate
/// parse and lint, so that both see the same load.
/// </summary>
internal static class CpuTimeLintThroughput
{
    public static void Run(int rounds = 12, bool allRules = false, bool withoutShellCheck = false)
    {
        var (texts, bytes) = CorpusFiles.Load();
        var options = new LintOptions { Preset = allRules ? Rules.Preset.All : Rules.Preset.Recommended };
        if (withoutShellCheck)
            foreach (var rule in Rules.RuleRegistry.All.Where(r => r.Descriptor.Category == Rules.RuleCategory.ShellCheck))
                options.Ignore.Add(rule.Descriptor.Code);
        var linter = new DockerfileLinter(options);
        string rules = (allRules ? "all rules" : "default rules") + (withoutShellCheck ? " without the SC family" : "");
        var parse = new List<(double Seconds, long Allocated)>();
        var lint = new List<(double Seconds, long Allocated)>();
        for (int round = 0; round < rounds; round++)
        {
            var p = ThreadCpu.Measure(() => { foreach (var text in texts) DockerfileParser.Parse(text, "Dockerfile"); }, 1);
            var l = ThreadCpu.Measure(() => { foreach (var text in texts) linter.Lint(text, "Dockerfile"); }, 1);
            if (round < rounds / 3) continue;   // warm-up: tiered JIT
            parse.Add(p);
            lint.Add(l);
        }
        double parseSeconds = Median(parse.Select(s => s.Seconds));
        double lintSeconds = Median(lint.Select(s => s.Seconds));
        double ratio = Median(parse.Zip(lint, (a, b) => b.Seconds / a.Seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus {bytes:N0} bytes, {texts.Length} files; thread CPU time, medians of {parse.Count} warm rounds (parse and lint alternate):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  parse: {bytes / 1e6 / parseSeconds:F1} MB/s, {texts.Length / parseSeconds:F0} files/s, {parseSeconds * 1000:F0} ms per corpus, allocated {parse.Average(s => s.Allocated) / 1024.0 / texts.Length:F1} KB per file"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  lint (parse + {rules}): {bytes / 1e6 / lintSeconds:F1} MB/s, {texts.Length / lintSeconds:F0} files/s, {lintSeconds * 1000:F0} ms per corpus, allocated {lint.Average(s => s.Allocated) / 1024.0 / texts.Length:F1} KB per file"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  lint / parse: {ratio:F2}x (median of the per-round ratios)"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
