using System.Globalization;
using System.Text;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Corpus;

/// <summary>
/// Lints the whole corpus under the <see cref="Preset.Recommended"/> preset (and, for comparison, with every rule on)
/// and compares the figures per rule with the checked-in, reviewed table <c>recommended-preset-corpus.md</c>. A rule
/// change that adds or removes findings on real files shows up as a diff of that table; regenerate it with
/// <c>UPDATE_CORPUS_FIGURES=1 dotnet test tests/Dockerfile.Linter.Tests --filter RecommendedPresetCorpus</c> and
/// review the diff.
/// </summary>
public class RecommendedPresetCorpusTests
{
    /// <summary>The checked-in table, relative to the repository root.</summary>
    internal static readonly string TablePath = Path.Combine("tests", "Dockerfile.Linter.Tests", "Corpus", "recommended-preset-corpus.md");

    /// <summary>Repositories whose Dockerfiles are test inputs of parsers and linters, deliberately wrong (corpus README).</summary>
    internal static readonly string[] TestSuiteRepositories =
    [
        "aquasecurity/trivy-checks", "bridgecrewio/checkov", "containers/buildah", "containers/podman",
        "hadolint/hadolint", "hadolint/language-docker", "moby/buildkit", "semgrep/semgrep-rules",
    ];

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Corpus_figures_under_the_recommended_preset_match_the_reviewed_table()
    {
        string corpus = SharedData.Require("corpus");
        string expected = Render(Measure(corpus));
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        string path = Path.Combine(root, TablePath);
        if (Environment.GetEnvironmentVariable("UPDATE_CORPUS_FIGURES") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        string actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var changed = expectedLines.Except(actualLines).Take(15).Select(l => "now:   " + l)
            .Concat(actualLines.Except(expectedLines).Take(15).Select(l => "table: " + l));
        Assert.True(expected == actual,
            $"{TablePath} differs from the corpus run; review the change and regenerate it with " +
            $"UPDATE_CORPUS_FIGURES=1 dotnet test tests/Dockerfile.Linter.Tests --filter RecommendedPresetCorpus\n" +
            string.Join('\n', changed));
    }

    internal sealed class RuleFigures
    {
        public int AllFindings, AllFiles, Findings, Files, FailingFiles;
    }

    internal sealed record Figures(
        int Files, int TestSuiteFiles, int Findings, int FailingFiles, int FailingProductionFiles,
        int ProductionFindings, IReadOnlyDictionary<string, RuleFigures> Rules, IReadOnlyList<RuleDescriptor> Descriptors);

    internal static Figures Measure(string corpus)
    {
        var manifest = File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length > 1).Select(c => (File: c[0], Repo: c[1])).ToList();
        var paths = manifest.Select(m => Path.Combine(corpus, m.File)).ToList();
        var recommended = new DockerfileLinter(new LintOptions { Preset = Preset.Recommended });
        var everything = new DockerfileLinter(new LintOptions { Preset = Preset.All });
        var threshold = FailureThresholds.DefaultFor(Preset.Recommended);

        var rules = recommended.Rules.ToDictionary(r => r.Code, _ => new RuleFigures(), StringComparer.Ordinal);
        var recommendedResults = recommended.LintFiles(paths);
        var allResults = everything.LintFiles(paths);
        int findings = 0, failing = 0, failingProduction = 0, productionFindings = 0, testSuiteFiles = 0;
        for (int i = 0; i < manifest.Count; i++)
        {
            bool testSuite = TestSuiteRepositories.Contains(manifest[i].Repo, StringComparer.OrdinalIgnoreCase);
            if (testSuite) testSuiteFiles++;
            var diagnostics = recommendedResults[i].Diagnostics;
            findings += diagnostics.Length;
            if (!testSuite) productionFindings += diagnostics.Length;
            foreach (var group in diagnostics.GroupBy(d => d.Code))
            {
                var r = rules[group.Key];
                r.Findings += group.Count();
                r.Files++;
                if (group.Any(d => Fails(d.Severity, threshold))) r.FailingFiles++;
            }
            if (diagnostics.Any(d => Fails(d.Severity, threshold)))
            {
                failing++;
                if (!testSuite) failingProduction++;
            }
            foreach (var group in allResults[i].Diagnostics.GroupBy(d => d.Code))
            {
                rules[group.Key].AllFindings += group.Count();
                rules[group.Key].AllFiles++;
            }
        }
        return new Figures(manifest.Count, testSuiteFiles, findings, failing, failingProduction, productionFindings, rules, recommended.Rules);
    }

    private static bool Fails(Severity severity, FailureThreshold threshold) => (int)severity <= (int)threshold;

    internal static string Render(Figures f)
    {
        var inv = CultureInfo.InvariantCulture;
        int production = f.Files - f.TestSuiteFiles;
        var sb = new StringBuilder();
        sb.Append("# The corpus under the `recommended` preset\n\n");
        sb.Append("<!-- Generated by RecommendedPresetCorpusTests; do not edit. Regenerate with:\n");
        sb.Append("     UPDATE_CORPUS_FIGURES=1 dotnet test tests/Dockerfile.Linter.Tests --filter RecommendedPresetCorpus -->\n\n");
        sb.Append(inv, $"{f.Files:N0} real Dockerfiles (`shared/corpus`), linted as they are, without a build context. ");
        sb.Append(inv, $"{f.TestSuiteFiles:N0} of them are test inputs of other parsers and linters ({string.Join(", ", TestSuiteRepositories.Select(r => "`" + r + "`"))}), ");
        sb.Append(inv, $"deliberately wrong; the other {production:N0} are production files.\n\n");
        sb.Append("| | All files | Production files |\n| --- | ---: | ---: |\n");
        sb.Append(inv, $"| Files | {f.Files:N0} | {production:N0} |\n");
        sb.Append(inv, $"| Findings under `recommended` | {f.Findings:N0} | {f.ProductionFindings:N0} |\n");
        sb.Append(inv, $"| Findings per file | {Ratio(f.Findings, f.Files)} | {Ratio(f.ProductionFindings, production)} |\n");
        sb.Append(inv, $"| Files failing the default gate (a warning or an error) | {f.FailingFiles:N0} ({Percent(f.FailingFiles, f.Files)}) | {f.FailingProductionFiles:N0} ({Percent(f.FailingProductionFiles, production)}) |\n\n");
        sb.Append("Per rule: its setting in the `recommended` and `hadolint` presets; findings and files with every rule on ");
        sb.Append("(`--preset all`) and under `recommended`; and how many files it fails at the default threshold (warning). ");
        sb.Append("Why each rule is set as it is: the *Presets* line of its documentation in `rules.md`.\n\n");
        sb.Append("| Rule | Recommended | hadolint | All on: findings | All on: files | Recommended: findings | Recommended: files | Files failed |\n");
        sb.Append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var d in f.Descriptors.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            var r = f.Rules[d.Code];
            sb.Append(inv, $"| {d.Code} {d.Name} | {d.GetPresetSetting(Preset.Recommended)} | {d.GetPresetSetting(Preset.Hadolint)} | ");
            sb.Append(inv, $"{r.AllFindings:N0} | {r.AllFiles:N0} | {r.Findings:N0} | {r.Files:N0} | {r.FailingFiles:N0} |\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void Missing_shared_data_skips_the_test_except_in_CI()
    {
        string? saved = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("CI", null);
            Assert.NotNull(new SharedDataFactAttribute("no-such-folder").Skip);
            Assert.Null(SharedData.PathTo("no-such-folder"));
            Environment.SetEnvironmentVariable("CI", "true");
            Assert.Null(new SharedDataFactAttribute("no-such-folder").Skip);
            Assert.Null(new SharedDataTheoryAttribute("no-such-folder").Skip);
            Assert.Throws<InvalidOperationException>(() => SharedData.PathTo("no-such-folder"));
            Assert.Throws<InvalidOperationException>(() => SharedData.Require("no-such-folder"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", saved);
        }
    }

    private static string Ratio(int a, int b) => b == 0 ? "0" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(int a, int b) => b == 0 ? "0 %" : ((double)a / b).ToString("0.0 %", CultureInfo.InvariantCulture);
}
