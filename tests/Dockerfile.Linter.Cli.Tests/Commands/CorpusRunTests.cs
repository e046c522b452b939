using System.Text.Json;

namespace Dockerfile.Linter.Cli.Tests.Commands;

/// <summary>The whole shared corpus in one run: no file makes the CLI fail, and machine formats stay consistent.</summary>
public class CorpusRunTests
{
    [RequiresCorpusFact]
    public void Corpus_lints_in_one_run_with_consistent_reports()
    {
        string corpus = Path.Combine(RepositoryPaths.Shared, "corpus");
        string[] globs = ["*/*ockerfile*", "*/*ontainerfile*"];
        var json = CliRunner.Run(corpus, globs.With("-f", "json"));
        Assert.True(json.ExitCode is 0 or 1, json.Error);
        Assert.Equal("", json.Error);
        using var report = JsonDocument.Parse(json.Out);
        var files = report.RootElement.GetProperty("files");
        int manifestRows = File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Count(l => l.Length > 0) - 1; // minus the header
        Assert.Equal(manifestRows, files.GetArrayLength());
        int findings = files.EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength());

        var gitlab = CliRunner.Run(corpus, globs.With("-f", "gitlab"));
        using var issues = JsonDocument.Parse(gitlab.Out);
        var fingerprints = issues.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(findings, fingerprints.Count);
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());

        var gnu = CliRunner.Run(corpus, globs.With("-f", "gnu"));
        Assert.Equal(findings, gnu.Out.Count(c => c == '\n'));
        Assert.Equal(json.ExitCode, gnu.ExitCode);
    }
}
