using System.Collections.Concurrent;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary><see cref="DockerfileLinter.Fix"/> on every corpus file, with every rule and every fix (unsafe ones too).</summary>
public class FixCorpusTests
{
    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Fixing_converges_never_needs_to_drop_a_syntax_breaking_fix_and_is_idempotent()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var options = new LintOptions();
        foreach (var rule in RuleRegistry.All) options.Enable.Add(rule.Descriptor.Code);
        var linter = new DockerfileLinter(options);
        var problems = new ConcurrentBag<string>();
        int changed = 0;
        var files = File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToList();
        Parallel.ForEach(files, file =>
        {
            var result = linter.Fix(File.ReadAllText(Path.Combine(corpus, file)), file, includeUnsafe: true);
            if (result.Changed) Interlocked.Increment(ref changed);
            if (result.RejectedFixes > 0) problems.Add($"{file}: {result.RejectedFixes} fixes would have added parse errors");
            if (result.Passes >= DockerfileLinter.MaxFixPasses) problems.Add($"{file}: fixing did not converge in {result.Passes} passes");
            else if (linter.Fix(result.FixedText, file, includeUnsafe: true).Changed) problems.Add($"{file}: fixing the fixed text changes it again");
        });
        Assert.True(changed > 500, $"only {changed} corpus files changed");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal).Take(20)));
    }
}
