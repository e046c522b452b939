using System.Text.Json;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;
using Xunit.Abstractions;

namespace Dockerfile.Linter.Tests.Differential;

/// <summary>
/// Compares our DL findings under the <see cref="Preset.Hadolint"/> preset with what hadolint 2.12 reported for every
/// corpus file (HADOLINT.jsonl), keyed by (file, code, first line of the instruction), and the severity of every
/// finding both report. Only codes that the preset runs and that exist in hadolint 2.12 count.
/// </summary>
public class HadolintDifferentialTests(ITestOutputHelper output)
{
    private static readonly Lazy<Comparison> Result = new(Compare);

    [SharedDataFact("corpus", "HADOLINT.jsonl")]
    public void Our_DL_findings_reproduce_hadolint_and_are_mostly_among_its_findings()
    {
        var r = Result.Value;
        foreach (var line in r.Report()) output.WriteLine(line);
        Assert.True(r.Compared > 0, "no comparable findings: are the DL rules registered?");
        Assert.True(r.Recall >= 0.90, $"recall {r.Recall:P1} < 90%\n{string.Join('\n', r.Report())}");
        Assert.True(r.Precision >= 0.90, $"precision {r.Precision:P1} < 90%\n{string.Join('\n', r.Report())}");
    }

    [SharedDataFact("corpus", "HADOLINT.jsonl")]
    public void Under_the_hadolint_preset_every_shared_finding_has_hadolints_severity()
    {
        var r = Result.Value;
        Assert.True(r.SeverityCompared > 1000, $"only {r.SeverityCompared} findings compared by severity");
        Assert.True(r.SeverityMismatches.Count == 0,
            $"{r.SeverityMismatches.Count} of {r.SeverityCompared} shared findings differ in severity, e.g.\n" +
            string.Join('\n', r.SeverityMismatches.Take(10)));
    }

    /// <summary>The checked-in per-code floors, relative to the repository root.</summary>
    internal static readonly string RatchetPath = Path.Combine("tests", "Dockerfile.Linter.Tests", "Differential", "hadolint-ratchet.tsv");

    /// <summary>
    /// Per code, recall and precision may not drop below the checked-in floors of <c>hadolint-ratchet.tsv</c>: an
    /// overall figure hides a rule that stops reporting. A floor under 90 % needs a note naming the documented
    /// difference. When a code improves, <c>UPDATE_HADOLINT_RATCHET=1</c> raises its floors (never lowers them);
    /// lowering one is a deliberate hand edit with a note.
    /// </summary>
    [SharedDataFact("corpus", "HADOLINT.jsonl")]
    public void No_code_falls_below_its_ratchet_floor()
    {
        var r = Result.Value;
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        string path = Path.Combine(root, RatchetPath);
        var floors = File.Exists(path) ? RatchetFile.Read(File.ReadAllText(path)) : [];
        var current = r.Stats.ToDictionary(kv => kv.Key, kv => (Recall: kv.Value.Recall, Precision: kv.Value.Precision));
        if (Environment.GetEnvironmentVariable("UPDATE_HADOLINT_RATCHET") == "1")
        {
            File.WriteAllText(path, RatchetFile.Write(RatchetFile.Raise(floors, current)));
            return;
        }
        var problems = RatchetFile.Check(floors, current);
        Assert.True(problems.Count == 0,
            $"{RatchetPath}: {string.Join("\n", problems)}\n(raise floors with UPDATE_HADOLINT_RATCHET=1 dotnet test " +
            "tests/Dockerfile.Linter.Tests --filter HadolintDifferential; lower one only by hand, with a note)");
    }

    /// <summary>The rules that check each package of an install: one finding per RUN, as hadolint reports them.</summary>
    private static readonly string[] PerPackageCodes = ["DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3033", "DL3037", "DL3041"];

    [SharedDataFact("corpus", "HADOLINT.jsonl")]
    public void Per_package_rules_report_a_RUN_once_as_hadolint_does()
    {
        var r = Result.Value;
        foreach (string code in PerPackageCodes)
        {
            if (!r.Stats.TryGetValue(code, out var s)) continue;   // not compared (off in this configuration)
            output.WriteLine($"{code}: hadolint {s.TheirFindings} findings, ours {s.OurFindings} on {s.Both + s.OnlyOurs} RUN instructions");
            // Findings are keyed by the instruction's first line: as many findings as keys means one per RUN.
            Assert.True(s.OurFindings == s.Both + s.OnlyOurs,
                $"{code}: {s.OurFindings} findings on {s.Both + s.OnlyOurs} RUN instructions: are packages reported one by one again?");
        }
    }

    /// <summary>hadolint 2.12 has DL3000–DL3061 (some removed) and DL4000–DL4006; later codes are outside the comparison.</summary>
    internal static bool ExistsInHadolint212(string code) =>
        code.StartsWith("DL", StringComparison.Ordinal) && code != "DL1000" && code != "DL1001" &&
        int.TryParse(code.AsSpan(2), out int n) && (n is >= 3000 and <= 3061 || n is >= 4000 and <= 4006);

    private static Comparison Compare()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var linter = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint });
        var codes = RuleRegistry.All.Select(r => r.Descriptor)
            .Where(d => d.GetPresetSetting(Preset.Hadolint).Enabled && ExistsInHadolint212(d.Code)).Select(d => d.Code).ToHashSet();
        var stats = codes.ToDictionary(c => c, _ => new CodeStats());
        var severityMismatches = new List<string>();
        int severityCompared = 0;

        foreach (string json in File.ReadLines(Path.Combine(corpus, "HADOLINT.jsonl")))
        {
            using var doc = JsonDocument.Parse(json);
            string file = doc.RootElement.GetProperty("file").GetString()!;
            var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
            var theirs = findings
                .Select(f => (Code: f.GetProperty("code").GetString()!, Line: f.GetProperty("line").GetInt32()))
                .ToList();
            var theirLevels = new Dictionary<(string Code, int Line), string>();
            foreach (var f in findings)
                theirLevels[(f.GetProperty("code").GetString()!, f.GetProperty("line").GetInt32())] = f.GetProperty("level").GetString()!;
            if (theirs.Any(f => f.Code == "DL1000")) continue;   // hadolint could not parse it

            var result = linter.LintFile(Path.Combine(corpus, file));
            var ourLevels = new Dictionary<(string Code, int Line), string>();
            foreach (var d in result.Diagnostics.Where(d => codes.Contains(d.Code)))
                ourLevels[(d.Code, InstructionLine(result.Syntax, d.Span.Start))] = d.Severity.ToString().ToLowerInvariant();
            var ours = ourLevels.Keys.ToHashSet();
            var theirSet = theirs.Where(f => codes.Contains(f.Code)).ToHashSet();
            foreach (var d in result.Diagnostics.Where(d => codes.Contains(d.Code))) stats[d.Code].OurFindings++;
            foreach (var f in theirs.Where(f => codes.Contains(f.Code))) stats[f.Code].TheirFindings++;
            foreach (var f in theirSet)
            {
                var s = stats[f.Code];
                if (ours.Contains(f))
                {
                    s.Both++;
                    severityCompared++;
                    if (ourLevels[f] != theirLevels[f]) severityMismatches.Add($"{file}:{f.Line} {f.Code}: ours {ourLevels[f]}, hadolint {theirLevels[f]}");
                }
                else { s.OnlyTheirs++; s.AddExample(s.MissedExamples, file, f.Line); }
            }
            foreach (var f in ours.Where(o => !theirSet.Contains(o)))
            {
                var s = stats[f.Code];
                s.OnlyOurs++; s.AddExample(s.ExtraExamples, file, f.Line);
            }
        }
        return new Comparison(stats) { SeverityCompared = severityCompared, SeverityMismatches = severityMismatches };
    }

    /// <summary>The first line of the top-level instruction holding <paramref name="offset"/> (hadolint's line).</summary>
    internal static int InstructionLine(DockerfileSyntax syntax, int offset)
    {
        foreach (var i in syntax.Instructions)
            if (offset >= i.FullSpan.Start && offset < Math.Max(i.FullSpan.End, i.FullSpan.Start + 1)) return i.StartLine;
        return syntax.Source.GetLinePosition(offset).Line;
    }

    private sealed class CodeStats
    {
        public int Both, OnlyTheirs, OnlyOurs, OurFindings, TheirFindings;
        public readonly List<string> MissedExamples = [], ExtraExamples = [];
        public double Recall => Both + OnlyTheirs == 0 ? 1 : (double)Both / (Both + OnlyTheirs);
        public double Precision => Both + OnlyOurs == 0 ? 1 : (double)Both / (Both + OnlyOurs);

        public void AddExample(List<string> list, string file, int line)
        {
            if (list.Count < 3) list.Add($"{file}:{line}");
        }
    }

    private sealed class Comparison(Dictionary<string, CodeStats> stats)
    {
        public IReadOnlyDictionary<string, CodeStats> Stats => stats;

        private int Both => stats.Values.Sum(s => s.Both);
        public int Compared => stats.Values.Sum(s => s.Both + s.OnlyTheirs + s.OnlyOurs);
        public double Recall => Ratio(Both, Both + stats.Values.Sum(s => s.OnlyTheirs));
        public double Precision => Ratio(Both, Both + stats.Values.Sum(s => s.OnlyOurs));
        public int SeverityCompared { get; init; }
        public IReadOnlyList<string> SeverityMismatches { get; init; } = [];

        private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

        public IEnumerable<string> Report()
        {
            yield return $"overall: recall {Recall:P1}, precision {Precision:P1} over {stats.Count} codes";
            foreach (var (code, s) in stats.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                yield return $"{code}: both {s.Both}, only hadolint {s.OnlyTheirs}, only ours {s.OnlyOurs} (findings: hadolint {s.TheirFindings}, ours {s.OurFindings})";
                foreach (var e in s.MissedExamples) yield return $"    missed {e}";
                foreach (var e in s.ExtraExamples) yield return $"    extra  {e}";
            }
        }
    }
}
