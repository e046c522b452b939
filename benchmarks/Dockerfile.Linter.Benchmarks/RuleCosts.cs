using System.Globalization;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// The cost of each default rule over the corpus (<c>rule-costs</c> mode): thread CPU time and allocations of a linter
/// holding that rule alone, over already parsed files, less a linter with no rules. The shell parse of RUNs is cached
/// on the trees (warmed first), so it is reported on its own line; the semantic model is built by every run that asks
/// for it, so rules that use it include its cost.
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
        rows.Add(("(lint of parsed trees, RUN scripts cached)", lintTrees.Seconds, lintTrees.Allocated));
        var semantics = ThreadCpu.Measure(() => { foreach (var t in trees) SemanticModel.Create(t); }, rounds);
        rows.Add(("(semantic model)", semantics.Seconds, semantics.Allocated));
        var runs = trees.SelectMany(t => t.Instructions.OfType<RunInstruction>()).ToArray();
        var shell = ThreadCpu.Measure(() => { foreach (var r in runs) ShellParser.ParseRunUncached(r); }, rounds);
        rows.Add(("(shell parse of every RUN, once)", shell.Seconds, shell.Allocated));
        var empty = new DockerfileLinter(LintOptions.Default, []);
        var baseline = ThreadCpu.Measure(() => { foreach (var t in trees) empty.Lint(t, "Dockerfile"); }, rounds);
        rows.Add(("(engine with no rules)", baseline.Seconds, baseline.Allocated));

        var perRule = new List<(string Name, double Seconds, long Allocated)>();
        foreach (var rule in RuleRegistry.All)
        {
            if (full.GetConfiguredSeverity(rule.Descriptor) is null) continue;
            var alone = new DockerfileLinter(LintOptions.Default, [rule]);
            var cost = ThreadCpu.Measure(() => { foreach (var t in trees) alone.Lint(t, "Dockerfile"); }, rounds);
            perRule.Add(($"{rule.Descriptor.Code} {rule.Descriptor.Name}", cost.Seconds - baseline.Seconds, cost.Allocated - baseline.Allocated));
        }
        rows.AddRange(perRule.OrderByDescending(r => r.Seconds));

        Console.WriteLine($"{texts.Length} files, {bytes:N0} bytes; thread CPU time, least of {rounds} rounds");
        Console.WriteLine("| Part | ms per corpus | % of parse + lint | KB allocated per file |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, seconds, allocated) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds * 1000:F1} | {seconds / lint.Seconds * 100:F1} | {allocated / 1024.0 / texts.Length:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sum of rules alone: {perRule.Sum(r => r.Seconds) * 1000:F1} ms"));
    }
}
