using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.BuildKit;

/// <summary>
/// Applies the safe fixes of the BuildKit checks (DF6001–DF6012) to every corpus file and checks that the builder would
/// read the result the same way: same instructions, same text up to keyword/name casing, same ENV/LABEL pairs.
/// </summary>
public class BuildKitCheckFixCorpusTests
{
    private static readonly HashSet<string> FixingCodes = ["DF6001", "DF6002", "DF6003", "DF6004", "DF6007", "DF6010"];

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Fixes_keep_the_build_the_same()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var linter = new DockerfileLinter();
        var failures = new List<string>();
        int fixedFiles = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            string file = line.Split('\t')[0];
            string before = File.ReadAllText(Path.Combine(corpus, file));
            var fixes = linter.Lint(before, file).Diagnostics
                .Where(d => FixingCodes.Contains(d.Code) && d.Fix is { Safety: FixSafety.Safe })
                .Select(d => d.Fix!).ToList();
            if (fixes.Count == 0) continue;
            fixedFiles++;
            string after = RuleTester.ApplyFixes(before, fixes);
            if (Compare(DockerfileParser.Parse(before), DockerfileParser.Parse(after)) is { } problem)
                failures.Add($"{file}: {problem}");
        }
        Assert.True(fixedFiles > 100, $"only {fixedFiles} corpus files had fixes");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static string? Compare(DockerfileSyntax before, DockerfileSyntax after)
    {
        if (after.Diagnostics.Count(d => d.Severity == Severity.Error) > before.Diagnostics.Count(d => d.Severity == Severity.Error))
            return "new parse errors: " + string.Join("; ", after.Diagnostics.Where(d => d.Severity == Severity.Error));
        if (before.Instructions.Length != after.Instructions.Length) return "instruction count changed";
        for (int i = 0; i < before.Instructions.Length; i++)
        {
            var (a, b) = (before.Instructions[i], after.Instructions[i]);
            if (a is KeyValueInstruction ka && b is KeyValueInstruction kb)
            {
                if (Pairs(ka, before.EscapeCharacter) != Pairs(kb, after.EscapeCharacter))
                    return $"line {a.StartLine}: {Pairs(ka, before.EscapeCharacter)} became {Pairs(kb, after.EscapeCharacter)}";
            }
            else if (!string.Equals(a.LogicalText, b.LogicalText, StringComparison.OrdinalIgnoreCase))
                return $"line {a.StartLine}: '{a.LogicalText}' became '{b.LogicalText}'";
        }
        return null;
    }

    private static string Pairs(KeyValueInstruction instruction, char escape)
    {
        var expander = VariableExpander.For(escape);
        return instruction.Keyword.Text.ToUpperInvariant() + " " + string.Join(" | ", instruction.Pairs.Select(p =>
            expander.ExpandWord(p.Key.Text, VariableEnvironment.Empty).ValueOr("?") + "=" +
            expander.ExpandWord(p.Value.Text, VariableEnvironment.Empty).ValueOr("?")));
    }
}
