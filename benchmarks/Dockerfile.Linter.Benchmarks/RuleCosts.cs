using System.Globalization;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Where the time of a corpus lint goes (<c>rule-costs</c> mode): parse, the shared analyses (semantic model, shell
/// parse of every RUN), the engine with no rules, and each default rule's own callbacks (see <see cref="TimedRule"/>).
/// Thread CPU time and allocations per file for the parts; the rule rows are their share of the rules' time.
/// </summary>
internal static class RuleCosts
{
    public static void Run(int rounds = 3)
    {
        var (texts, bytes) = CorpusFiles.Load();
        var trees = texts.Select(t => DockerfileParser.Parse(t, "Dockerfile")).ToArray();
        var full = new DockerfileLinter();
        foreach (var tree in trees) full.Lint(tree, "Dockerfile");

        var rows = new List<(string Name, double Seconds, long Allocated)>();
        var parse = ThreadCpu.Measure(() => { foreach (var t in texts) DockerfileParser.Parse(t, "Dockerfile"); }, rounds);
        rows.Add(("(parse)", parse.Seconds, parse.Allocated));
        var lint = ThreadCpu.Measure(() => { foreach (var t in texts) full.Lint(t, "Dockerfile"); }, rounds);
        rows.Add(("(parse + lint, all default rules)", lint.Seconds, lint.Allocated));
        var lintTrees = ThreadCpu.Measure(() => { foreach (var t in trees) full.Lint(t, "Dockerfile"); }, rounds);
        rows.Add(("(lint of parsed trees)", lintTrees.Seconds, lintTrees.Allocated));
        var semantics = ThreadCpu.Measure(() => { foreach (var t in trees) SemanticModel.Create(t); }, rounds);
        rows.Add(("(semantic model)", semantics.Seconds, semantics.Allocated));
        var runs = trees.SelectMany(t => t.Instructions.OfType<RunInstruction>()).ToArray();
        var shell = ThreadCpu.Measure(() => { foreach (var r in runs) ShellParser.ParseRunUncached(r); }, rounds);
        rows.Add(("(shell parse of every RUN, once)", shell.Seconds, shell.Allocated));
        var empty = new DockerfileLinter(LintOptions.Default, []);
        var baseline = ThreadCpu.Measure(() => { foreach (var t in trees) empty.Lint(t, "Dockerfile"); }, rounds);
        rows.Add(("(engine with no rules)", baseline.Seconds, baseline.Allocated));

        // Each default rule's own callbacks, timed inside one linter holding all of them (wall-clock ticks, so the
        // column is a share of the total rather than an exact CPU figure on a loaded machine).
        var timed = RuleRegistry.All.Where(r => full.GetConfiguredSeverity(r.Descriptor) is not null).Select(r => new TimedRule(r)).ToArray();
        var timedLinter = new DockerfileLinter(LintOptions.Default, timed);
        foreach (var t in trees) timedLinter.Lint(t, "Dockerfile");   // warm
        foreach (var rule in timed) rule.Ticks = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        double timedStart = ThreadCpu.Seconds();
        foreach (var t in trees) timedLinter.Lint(t, "Dockerfile");
        double timedTotal = ThreadCpu.Seconds() - timedStart;
        rows.Add(("(lint of parsed trees, rules timed one by one)", timedTotal, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore));
        var perRule = timed.Select(r => (Name: $"{r.Descriptor.Code} {r.Descriptor.Name}", Seconds: r.Ticks / (double)System.Diagnostics.Stopwatch.Frequency, Allocated: 0L)).ToList();
        rows.AddRange(perRule.OrderByDescending(r => r.Seconds));

        Console.WriteLine($"{texts.Length} files, {bytes:N0} bytes; thread CPU time, least of {rounds} rounds");
        Console.WriteLine("| Part | ms per corpus | % of parse + lint | KB allocated per file |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, seconds, allocated) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds * 1000:F1} | {seconds / lint.Seconds * 100:F1} | {allocated / 1024.0 / texts.Length:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sum of the rules' own callbacks: {perRule.Sum(r => r.Seconds) * 1000:F1} ms (rule rows: no allocation figure)"));
    }
}
