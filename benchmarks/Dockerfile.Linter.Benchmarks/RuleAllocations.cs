using System.Globalization;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// What each default rule allocates (<c>rule-allocs [CODE-PREFIX…]</c> mode): one lint of the parsed corpus with every
/// rule against one without that rule, so a structure the rules share stays with the others. Allocations only:
/// deterministic, so a before/after comparison needs one run of each.
/// </summary>
internal static class RuleAllocations
{
    public static void Run(IReadOnlyCollection<string> only)
    {
        var (texts, _) = CorpusFiles.Load();
        var trees = texts.Select(t => DockerfileParser.Parse(t, "Dockerfile")).ToArray();
        var full = new DockerfileLinter();
        // The reference for leave-one-out is a linter built the same way as the ones without a rule.
        var allRules = new DockerfileLinter(LintOptions.Default, RuleRegistry.All);
        var analyses = new DockerfileLinter(LintOptions.Default, [new SharedAnalyses()]);
        var empty = new DockerfileLinter(LintOptions.Default, []);
        long all = Allocated(allRules, trees), shared = Allocated(analyses, trees), engine = Allocated(empty, trees);
        var rows = new List<(string Name, long Allocated)>();
        foreach (var rule in RuleRegistry.All.Where(r => full.GetConfiguredSeverity(r.Descriptor) is not null
                     && (only.Count == 0 || only.Any(o => r.Descriptor.Code.StartsWith(o, StringComparison.OrdinalIgnoreCase)))))
        {
            // Leave-one-out: what the full lint saves without the rule (shared structures stay with the others).
            var without = new DockerfileLinter(LintOptions.Default, RuleRegistry.All.Where(r => r != rule).ToArray());
            rows.Add(($"{rule.Descriptor.Code} {rule.Descriptor.Name}", all - Allocated(without, trees)));
        }
        string Kb(long bytes) => (bytes / 1024.0 / trees.Length).ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"lint of parsed trees, all default rules: {Kb(all)} KB/file; engine + shared analyses: {Kb(shared)}; engine alone: {Kb(engine)}");
        foreach (var (name, allocated) in rows.OrderByDescending(r => r.Allocated).Take(60))
            Console.WriteLine($"{Kb(allocated),8}  {name}");
        Console.WriteLine($"sum of the rules' own: {Kb(rows.Sum(r => r.Allocated))} KB/file");
    }

    private static long Allocated(DockerfileLinter linter, Syntax.DockerfileSyntax[] trees)
    {
        foreach (var t in trees) linter.Lint(t, "Dockerfile");   // warm
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var t in trees) linter.Lint(t, "Dockerfile");
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
