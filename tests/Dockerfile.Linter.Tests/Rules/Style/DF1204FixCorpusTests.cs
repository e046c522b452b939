using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.Style;

/// <summary>
/// Applies DF1204's safe fixes to every corpus file and checks they are honest: the instructions read the same
/// (their words, whitespace runs aside) and the nesting a reader sees is kept (for every two continuation lines of an
/// instruction, the one indented deeper before is still deeper after, and equal ones stay equal).
/// </summary>
public partial class DF1204FixCorpusTests
{
    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Safe_fixes_keep_meaning_and_nesting()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var linter = new DockerfileLinter(new LintOptions { Enable = { "DF1204" } });
        var failures = new List<string>();
        int fixedFiles = 0, findings = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            string file = line.Split('\t')[0];
            string before = File.ReadAllText(Path.Combine(corpus, file));
            var own = linter.Lint(before, file).Diagnostics.Where(d => d.Code == "DF1204").ToList();
            findings += own.Count;
            if (own.GroupBy(d => d.Location.Start.Line).Any(g => g.Count() > 1)) failures.Add($"{file}: two findings on one line");
            var fixes = own.Where(d => d.Fix is { Safety: FixSafety.Safe }).Select(d => d.Fix!).ToList();
            if (fixes.Count == 0) continue;
            fixedFiles++;
            string after = RuleTester.ApplyFixes(before, fixes);
            var (a, b) = (DockerfileParser.Parse(before), DockerfileParser.Parse(after));
            if (a.Instructions.Length != b.Instructions.Length)
            {
                failures.Add($"{file}: instruction count changed");
                continue;
            }
            for (int i = 0; i < a.Instructions.Length; i++)
            {
                var (x, y) = (a.Instructions[i], b.Instructions[i]);
                if (Spaces().Replace(x.LogicalText, " ") != Spaces().Replace(y.LogicalText, " "))
                    failures.Add($"{file}:{x.StartLine}: words changed");
                else if (!SameNesting(Indents(before, x.Span.Start, x.Span.End), Indents(after, y.Span.Start, y.Span.End)))
                    failures.Add($"{file}:{x.StartLine}: nesting changed");
            }
        }
        Assert.True(findings > 0, "DF1204 found nothing in the corpus");
        Assert.True(failures.Count == 0, $"{fixedFiles} files fixed; " + string.Join("\n", failures.Take(20)));
    }

    private static List<int> Indents(string text, int start, int end)
    {
        var result = new List<int>();
        foreach (var physical in text[start..Math.Min(end, text.Length)].Split('\n').Skip(1))
        {
            string trimmed = physical.TrimStart(' ', '\t');
            if (trimmed.Trim().Length == 0 || trimmed.StartsWith('#')) continue;
            string indent = physical[..(physical.Length - trimmed.Length)];
            result.Add(indent.Length + 3 * indent.Count(c => c == '\t')); // a tab as four columns
        }
        return result;
    }

    private static bool SameNesting(List<int> before, List<int> after)
    {
        if (before.Count != after.Count) return false;
        for (int i = 0; i < before.Count; i++)
            for (int j = i + 1; j < before.Count; j++)
                if (Math.Sign(before[i] - before[j]) != Math.Sign(after[i] - after[j])
                    && Math.Abs(before[i] - before[j]) > 1) // a line one column off its level is what the fix repairs
                    return false;
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
