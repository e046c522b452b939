using System.Globalization;
using Dockerfile.Linter.Cli;
using Dockerfile.Linter.Cli.Input;
using Dockerfile.Linter.Cli.Linting;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Reporting;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// The steps of a CLI corpus run measured apart (<c>cli-parts</c> mode), in thread CPU time, one thread: the directory
/// walk (<c>'*/*ockerfile*' '*/*ontainerfile*'</c> in the corpus folder, as README's whole-corpus run), reading the
/// files, the configuration lookup for each file, linting as the CLI does (build context inferred for each file) and
/// in memory, and writing the reports (JSON, SARIF and the terminal format with code frames).
/// </summary>
internal static class CliParts
{
    public static void Run(int rounds = 3)
    {
        string corpus = CorpusFiles.CorpusDirectory();
        var env = new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            OpenStandardInput = () => Stream.Null,
            WorkingDirectory = corpus,
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        };
        string[] patterns = ["*/*ockerfile*", "*/*ontainerfile*"];
        var rows = new List<(string Step, double Seconds)>();
        List<InputFile> inputs = [];
        string[] texts = [];
        LinterConfiguration[] configurations = [];
        List<FileReport> reports = [];

        rows.Add(("directory walk", ThreadCpu.Measure(() => inputs = new FileDiscovery(env).Discover(patterns, null), rounds).Seconds));
        rows.Add(("reading the files", ThreadCpu.Measure(() =>
            texts = inputs.Select(i => InputReader.Read(i, env, out _, out _) ?? "").ToArray(), rounds).Seconds));
        rows.Add(("configuration lookup", ThreadCpu.Measure(() =>
        {
            var resolver = new CliConfigurationResolver(env, RuleCatalog.All, LinterConfiguration.Empty, null);
            configurations = inputs.Select(resolver.For).ToArray();
        }, rounds).Seconds));
        var engine = new LintEngine();
        rows.Add(("lint as the CLI does (build context inferred)", ThreadCpu.Measure(() =>
        {
            reports = [];
            for (int i = 0; i < inputs.Count; i++)
            {
                var result = engine.Lint(texts[i], inputs[i].DisplayPath, configurations[i], inputs[i].FullPath, "--context");
                reports.Add(FileReport.From(result, inputs[i].DisplayPath));
            }
        }, rounds).Seconds));
        var linter = new DockerfileLinter();
        var trees = texts.Select((t, i) => Parsing.DockerfileParser.Parse(t, inputs[i].DisplayPath)).ToArray();
        Context.InferredBuildContext?[] contexts = [];
        rows.Add(("  of which: build-context inference (a new inferrer each round)", ThreadCpu.Measure(() =>
        {
            var inferrer = new Context.BuildContextInferrer();
            contexts = inputs.Select((input, i) => input.FullPath is { } full ? inferrer.Infer(full, trees[i]) : null).ToArray();
        }, rounds).Seconds));
        rows.Add(("  of which: lint of parsed trees with their inferred contexts", ThreadCpu.Measure(() =>
        {
            var withContexts = new DockerfileLinter();
            for (int i = 0; i < inputs.Count; i++) withContexts.Lint(trees[i], inputs[i].DisplayPath, contexts[i]);
        }, rounds).Seconds));
        rows.Add(("lint in memory (no build context)", ThreadCpu.Measure(() =>
        {
            for (int i = 0; i < inputs.Count; i++) linter.Lint(texts[i], inputs[i].DisplayPath);
        }, rounds).Seconds));
        foreach (var format in (ReportFormat[])[ReportFormat.Json, ReportFormat.Sarif, ReportFormat.Tty])
        {
            var options = new ReportOptions { CodeFrames = true, Summary = true, WorkingDirectory = corpus };
            rows.Add(($"report writing, {format.ToString().ToLowerInvariant()}", ThreadCpu.Measure(() =>
                ReportFormatter.For(format).Format(reports, RuleCatalog.All, options), rounds).Seconds));
        }

        double cliRun = rows.Where(r => !r.Step.StartsWith("lint in memory", StringComparison.Ordinal) && !r.Step.StartsWith("  of which", StringComparison.Ordinal) && !r.Step.StartsWith("report writing, s", StringComparison.Ordinal)
            && !r.Step.StartsWith("report writing, t", StringComparison.Ordinal)).Sum(r => r.Seconds);
        Console.WriteLine($"{inputs.Count} files; thread CPU time, least of {rounds} rounds; share of a CLI run = walk + read + configuration + lint with context + JSON report");
        Console.WriteLine("| Step | ms | share of the CLI run |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (step, seconds) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {seconds * 1000:F1} | {seconds / cliRun * 100:F1} % |"));
    }
}
