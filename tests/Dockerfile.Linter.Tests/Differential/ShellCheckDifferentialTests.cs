using System.Text.Json;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;
using Xunit.Abstractions;

namespace Dockerfile.Linter.Tests.Differential;

/// <summary>
/// Compares our ShellCheck (SC) findings under the <see cref="Preset.Hadolint"/> preset with the ShellCheck findings
/// hadolint 2.12 reported for every corpus file (HADOLINT.jsonl). hadolint gives every ShellCheck finding the RUN's
/// first line and keeps one finding per line, whatever the code: the last one in ShellCheck's order (by position;
/// at one position the more severe first, then by code). So our findings on a RUN are reduced the same way and
/// compared per (file, RUN line): for each code, a line counts for both when both show it, for hadolint alone or us
/// alone otherwise. Lines where hadolint shows a code we do not implement cannot be compared and are left out, and
/// so are RUNs we do not shell-check by design (exec form, PowerShell and cmd stages, Windows images) and lines where
/// hadolint shows SC1091 (ShellCheck did not follow a sourced file: noise in a Dockerfile, deliberately not a rule). SC2086 lines
/// that hadolint 2.12 reports only because it forgot ENV values at <c>FROM &lt;stage&gt;</c> are counted apart (a
/// documented difference; hadolint 2.15 behaves like us).
/// </summary>
public class ShellCheckDifferentialTests(ITestOutputHelper output)
{
    private static readonly Lazy<Comparison> Result = new(Compare);

    /// <summary>Codes with fewer hadolint findings than this are reported but not held to the bar.</summary>
    private const int MinimumFindings = 20;

    [SharedDataFact("corpus", "HADOLINT.jsonl")]
    public void Every_implemented_code_reproduces_hadolints_ShellCheck_findings()
    {
        var r = Result.Value;
        foreach (var line in r.Report()) output.WriteLine(line);
        Assert.True(r.Stats.Count > 0, "no SC rules registered");
        var failing = r.Stats
            .Where(kv => kv.Value.TheirFindings >= MinimumFindings && (kv.Value.Recall < 0.9 || kv.Value.Precision < 0.9))
            .Select(kv => $"{kv.Key}: recall {kv.Value.Recall:P1}, precision {kv.Value.Precision:P1}")
            .ToList();
        Assert.True(failing.Count == 0, string.Join('\n', failing) + "\n" + string.Join('\n', r.Report()));
    }

    private static Comparison Compare()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var linter = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint });
        var codes = RuleRegistry.All.Select(r => r.Descriptor)
            .Where(d => d.Code.StartsWith("SC", StringComparison.Ordinal) && d.GetPresetSetting(Preset.Hadolint).Enabled)
            .Select(d => d.Code).ToHashSet();
        var stats = codes.ToDictionary(c => c, _ => new CodeStats());
        int hidden = 0, notFollowed = 0;

        foreach (string json in File.ReadLines(Path.Combine(corpus, "HADOLINT.jsonl")))
        {
            using var doc = JsonDocument.Parse(json);
            string file = doc.RootElement.GetProperty("file").GetString()!;
            var theirs = doc.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (Code: f.GetProperty("code").GetString()!, Line: f.GetProperty("line").GetInt32()))
                .ToList();
            if (theirs.Any(f => f.Code == "DL1000")) continue;   // hadolint could not parse it

            var result = linter.LintFile(Path.Combine(corpus, file));
            var semantics = SemanticModel.Create(result.Syntax);
            var checkedLines = result.Syntax.Instructions.OfType<RunInstruction>()
                .Where(run => ShellCheckScript.IsShellChecked(run, semantics))
                .Select(run => run.StartLine).ToHashSet();
            // What hadolint would show for our findings: the last per RUN line in ShellCheck's order.
            var ours = result.Diagnostics.Where(d => codes.Contains(d.Code))
                .Select(d => (d.Code, d.Severity, d.Span.Start, Line: HadolintDifferentialTests.InstructionLine(result.Syntax, d.Span.Start)))
                .GroupBy(d => d.Line)
                .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Start).ThenBy(d => d.Severity).ThenBy(d => d.Code, StringComparer.Ordinal).Last().Code);
            var their = theirs.Where(f => f.Code.StartsWith("SC", StringComparison.Ordinal) && checkedLines.Contains(f.Line))
                .GroupBy(f => f.Line).ToDictionary(g => g.Key, g => g.Last().Code);
            foreach (int line in their.Keys.Union(ours.Keys))
            {
                string? h = their.GetValueOrDefault(line);
                string? o = ours.GetValueOrDefault(line);
                if (h == "SC1091")
                {
                    // Deliberately not reported: ShellCheck could not read a sourced file (. /etc/os-release), which
                    // says nothing about the Dockerfile.
                    notFollowed++;
                    continue;
                }
                if (h is not null && !codes.Contains(h))
                {
                    hidden++;
                    continue;
                }
                if (h is not null)
                {
                    var s = stats[h];
                    if (o != h && h == "SC2086" && UsesInheritedEnv(result.Syntax, semantics, line))
                    {
                        // Documented difference: hadolint 2.12 forgot ENV at FROM <stage>; we (and hadolint 2.15) keep it.
                        s.InheritedEnv++;
                        continue;
                    }
                    s.TheirFindings++;
                    if (o == h) s.Both++;
                    else s.AddExample(s.MissedExamples, file, line);
                }
                if (o is not null && o != h)
                {
                    var s = stats[o];
                    s.OnlyOurs++;
                    s.AddExample(s.ExtraExamples, file, line);
                }
            }
        }
        return new Comparison(stats) { Hidden = hidden, NotFollowed = notFollowed };
    }

    /// <summary>
    /// True when the RUN starting at <paramref name="line"/> expands, unquoted, a variable it does not assign that an
    /// ENV of a base stage in the file declares: hadolint 2.12 forgot those at <c>FROM &lt;stage&gt;</c> and reports
    /// them as possibly spaceful; BuildKit (and hadolint 2.15) carry them over, with their known values.
    /// </summary>
    private static bool UsesInheritedEnv(DockerfileSyntax syntax, SemanticModel semantics, int line)
    {
        var run = syntax.Instructions.OfType<RunInstruction>().FirstOrDefault(r => r.StartLine == line);
        if (run is null || semantics.GetStage(run) is not { } stage) return false;
        var scope = semantics.GetScope(run);
        var script = Dockerfile.Linter.Shell.ShellParser.ParseRun(run);
        var assigned = script.Commands.SelectMany(c => c.Assignments).Select(a => a.Name).ToHashSet();
        foreach (var word in script.Commands.SelectMany(c => c.Words))
            foreach (var part in Dockerfile.Linter.Shell.WordParts.Split(word.Text))
            {
                if (part.Kind != Dockerfile.Linter.Shell.WordPartKind.Parameter || part.InDoubleQuotes || assigned.Contains(part.Name)) continue;
                if (scope.Lookup(part.Name) is { Kind: VariableKind.Env, DeclaredBy: { } declaredBy }
                    && semantics.GetStage(declaredBy) is { } declaringStage && declaringStage != stage)
                    return true;
            }
        return false;
    }

    private sealed class CodeStats
    {
        public int Both, OnlyOurs, TheirFindings, InheritedEnv;
        public readonly List<string> MissedExamples = [], ExtraExamples = [];
        public double Recall => TheirFindings == 0 ? 1 : (double)Both / TheirFindings;
        public double Precision => Both + OnlyOurs == 0 ? 1 : (double)Both / (Both + OnlyOurs);

        public void AddExample(List<string> list, string file, int line)
        {
            if (list.Count < 25) list.Add($"{file}:{line}");
        }
    }

    private sealed class Comparison(Dictionary<string, CodeStats> stats)
    {
        public IReadOnlyDictionary<string, CodeStats> Stats => stats;
        public int Hidden { get; init; }
        public int NotFollowed { get; init; }

        public IEnumerable<string> Report()
        {
            yield return $"{Hidden} RUN lines left out: hadolint shows a code not implemented here";
            yield return $"{NotFollowed} RUN lines left out: hadolint shows SC1091 (a sourced file not followed), deliberately not reported";
            foreach (var (code, s) in stats.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                yield return $"{code}: hadolint {s.TheirFindings}, both {s.Both}, only hadolint {s.TheirFindings - s.Both}, only ours {s.OnlyOurs}; recall {s.Recall:P1}, precision {s.Precision:P1}"
                             + (s.InheritedEnv > 0 ? $"; {s.InheritedEnv} more hadolint lines use ENV inherited from a base stage (documented difference)" : "");
                foreach (var e in s.MissedExamples) yield return $"    missed {e}";
                foreach (var e in s.ExtraExamples) yield return $"    extra  {e}";
            }
        }
    }
}
