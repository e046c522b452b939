using System.Collections.Concurrent;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Context;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.ContextRules;

/// <summary>The build-context rules on every corpus Dockerfile, against a context full of awkward names.</summary>
public class BuildContextRulesCorpusTests
{
    [SharedDataFact("corpus")]
    public void Context_rules_survive_the_corpus_with_a_context()
    {
        using var ctx = new TempContext()
            .File("package.json", "{}")
            .File("requirements.txt", "flask\n")
            .File("src/main.go", "package main\n")
            .File("app/[weird]*name?.txt", "x")
            .File("with space/file.txt", "x")
            .File(".env", "SECRET=" + Tests.Secrets.FakeSecrets.Token("", 32) + "\n")
            .File("docker/entrypoint.sh", "#!/bin/sh\n")
            .File(".dockerignore", "*.md\n**/node_modules\n[\n!\n");
        var codes = BuildContextRules.All.Select(r => r.Descriptor.Code).ToList();
        var options = new LintOptions { BuildContext = Dockerfile.Linter.Context.BuildContext.Open(ctx.Root) };
        foreach (var code in codes) options.Enable.Add(code);
        var linter = new DockerfileLinter(options);

        var corpus = SharedData.PathTo("corpus")!;
        var files = Directory.GetDirectories(corpus).SelectMany(Directory.GetFiles).ToList();
        var problems = new ConcurrentBag<string>();
        var findings = new ConcurrentDictionary<string, int>();
        Parallel.ForEach(files, file =>
        {
            var result = linter.LintFile(file);
            foreach (var failure in result.RuleFailures.Where(f => codes.Contains(f.RuleCode)))
                problems.Add($"{failure.RuleCode} threw on {file}: {failure.Exception}");
            foreach (var d in result.Diagnostics.Where(d => codes.Contains(d.Code)))
            {
                findings.AddOrUpdate(d.Code, 1, (_, n) => n + 1);
                if (d.Span.End > result.Syntax.Source.Length || d.Span.Length == 0) problems.Add($"{d.Code} bad span {d.Span} in {file}");
            }
        });

        Assert.True(problems.IsEmpty, string.Join("\n\n", problems.Take(10)));
        // Almost every corpus file copies something this context lacks, and every COPY . sees the .env.
        Assert.True(findings.GetValueOrDefault("DF2003") > 1000, $"DF2003: {findings.GetValueOrDefault("DF2003")}");
        Assert.True(findings.GetValueOrDefault("DF2001") > 100, $"DF2001: {findings.GetValueOrDefault("DF2001")}");
        Assert.True(findings.GetValueOrDefault("DF2005") > 100, $"DF2005: {findings.GetValueOrDefault("DF2005")}");
    }
}
