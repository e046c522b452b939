using System.Globalization;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// Where the time of a corpus lint goes (<c>rule-costs</c> mode): parse, the shared analyses (semantic model, shell
/// parse of every RUN), the engine with no rules, and each default rule's own cost: a linter holding the rule and
/// <see cref="SharedAnalyses"/> against one holding only the latter. Thread CPU time (least of the rounds) and
/// allocations per file, so the figures hold on a loaded machine.
/// </summary>
internal static class RuleCosts
{
    public static void Run(IReadOnlyCollection<string> only, int rounds = 3)
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

        // Each default rule alone next to the shared analyses, against the shared analyses alone: the difference is
        // the rule's own thread CPU time and allocations.
        var analyses = new DockerfileLinter(LintOptions.Default, [new SharedAnalyses()]);
        for (int i = 0; i < 3; i++) foreach (var t in trees) analyses.Lint(t, "Dockerfile");   // warm
        var shared = ThreadCpu.Measure(() => { foreach (var t in trees) analyses.Lint(t, "Dockerfile"); }, rounds);
        rows.Add(("(engine + semantic model + shell parse, no rules)", shared.Seconds, shared.Allocated));
        var perRule = new List<(string Name, double Seconds, long Allocated)>();
        foreach (var rule in RuleRegistry.All.Where(r => full.GetConfiguredSeverity(r.Descriptor) is not null
                     && (only.Count == 0 || only.Any(o => r.Descriptor.Code.StartsWith(o, StringComparison.OrdinalIgnoreCase)))))
        {
            var one = new DockerfileLinter(LintOptions.Default, [new SharedAnalyses(), rule]);
            foreach (var t in trees) one.Lint(t, "Dockerfile");   // warm
            // The two alternate, so that both see the same load and the same state of the JIT.
            (double Seconds, long Allocated) with = (double.MaxValue, 0), without = (double.MaxValue, 0);
            for (int round = 0; round < rounds; round++)
            {
                var b = ThreadCpu.Measure(() => { foreach (var t in trees) analyses.Lint(t, "Dockerfile"); }, 1);
                var c = ThreadCpu.Measure(() => { foreach (var t in trees) one.Lint(t, "Dockerfile"); }, 1);
                without = (Math.Min(without.Seconds, b.Seconds), b.Allocated);
                with = (Math.Min(with.Seconds, c.Seconds), c.Allocated);
            }
            perRule.Add(($"{rule.Descriptor.Code} {rule.Descriptor.Name}", with.Seconds - without.Seconds, with.Allocated - without.Allocated));
        }
        rows.AddRange(perRule.OrderByDescending(r => r.Seconds));

        Console.WriteLine($"{texts.Length} files, {bytes:N0} bytes; thread CPU time, least of {rounds} rounds");
        Console.WriteLine("| Part | ms per corpus | % of parse + lint | KB allocated per file |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, seconds, allocated) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds * 1000:F1} | {seconds / lint.Seconds * 100:F1} | {allocated / 1024.0 / texts.Length:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sum of the rules' own costs: {perRule.Sum(r => r.Seconds) * 1000:F1} ms, {perRule.Sum(r => r.Allocated) / 1024.0 / texts.Length:F1} KB per file"));
    }
}
