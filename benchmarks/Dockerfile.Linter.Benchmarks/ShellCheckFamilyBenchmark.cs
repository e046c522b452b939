using BenchmarkDotNet.Attributes;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// What the in-process ShellCheck family (the <c>SC</c> rules) costs, in one BenchmarkDotNet comparison over the
/// whole corpus: the default rules with every SC rule switched off (the baseline) against the default rules with every
/// SC rule switched on. The Ratio column is the second over the first; the target is at most 1.25 (throughput
/// dropping by at most 20 %). The <c>sc-family</c> mode measures the same in thread CPU time, for loaded machines.
/// </summary>
[MemoryDiagnoser]
public class ShellCheckFamilyBenchmark
{
    private string[] _texts = [];
    private DockerfileLinter _without = new();
    private DockerfileLinter _with = new();

    [GlobalSetup]
    public void Setup()
    {
        _texts = CorpusFiles.Load().Texts;
        (_without, _with) = ShellCheckFamily.Linters();
    }

    [Benchmark(Baseline = true, Description = "Lint corpus, SC family off")]
    public int Without() => LintAll(_without);

    [Benchmark(Description = "Lint corpus, SC family on")]
    public int With() => LintAll(_with);

    private int LintAll(DockerfileLinter linter)
    {
        int findings = 0;
        foreach (var text in _texts) findings += linter.Lint(text, "Dockerfile").Diagnostics.Length;
        return findings;
    }
}

/// <summary>The two linters the ShellCheck family is measured with.</summary>
internal static class ShellCheckFamily
{
    /// <summary>The default rules with every SC rule off, and with every SC rule on.</summary>
    public static (DockerfileLinter Without, DockerfileLinter With) Linters()
    {
        var codes = Rules.RuleRegistry.All
            .Where(r => r.Descriptor.Category == Rules.RuleCategory.ShellCheck)
            .Select(r => r.Descriptor.Code)
            .ToArray();
        var without = new LintOptions();
        var with = new LintOptions();
        foreach (var code in codes)
        {
            without.Ignore.Add(code);
            with.Enable.Add(code);
        }
        return (new DockerfileLinter(without), new DockerfileLinter(with));
    }

    /// <summary>
    /// <c>sc-family</c> mode: both linters over the corpus in alternating rounds, thread CPU time, with the ratio of
    /// the two per round (the figure in README's Performance section).
    /// </summary>
    public static void RunCpu(int rounds = 12)
    {
        var (texts, bytes) = CorpusFiles.Load();
        var (without, with) = Linters();
        var off = new List<double>();
        var on = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            var a = ThreadCpu.Measure(() => { foreach (var text in texts) without.Lint(text, "Dockerfile"); }, 1);
            var b = ThreadCpu.Measure(() => { foreach (var text in texts) with.Lint(text, "Dockerfile"); }, 1);
            if (round < rounds / 3) continue;   // warm-up: tiered JIT
            off.Add(a.Seconds);
            on.Add(b.Seconds);
        }
        double Median(IEnumerable<double> values) { var s = values.Order().ToArray(); return s[s.Length / 2]; }
        double offSeconds = Median(off), onSeconds = Median(on);
        double ratio = Median(off.Zip(on, (x, y) => y / x));
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"corpus {bytes:N0} bytes, {texts.Length} files; thread CPU time, medians of {off.Count} warm rounds (off and on alternate):"));
        Console.WriteLine(string.Create(culture, $"  SC family off: {bytes / 1e6 / offSeconds:F2} MB/s ({offSeconds * 1000:F0} ms per corpus)"));
        Console.WriteLine(string.Create(culture, $"  SC family on:  {bytes / 1e6 / onSeconds:F2} MB/s ({onSeconds * 1000:F0} ms per corpus)"));
        Console.WriteLine(string.Create(culture, $"  on / off: {ratio:F3}x time, throughput {100 * (1 - 1 / ratio):F1} % lower (median of the per-round ratios)"));
    }
}
