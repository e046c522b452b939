using System.Text;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.Expansion;
using Xunit.Abstractions;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>Runs the shell parser over every RUN of the shared corpus (joined with a small local line joiner).</summary>
public class ShellCorpusTests(ITestOutputHelper output)
{
    [SharedDataTheory("corpus", "MANIFEST.tsv")]
    [InlineData("corpus")]
    public void Every_corpus_RUN_parses_with_spans_that_match_the_file(string folder)
    {
        string root = Path.Combine(ExpansionTestData.Shared!, folder);
        int runs = 0, commands = 0, withErrors = 0, words = 0;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string relative = line.Split('\t')[0];
            string text = File.ReadAllText(Path.Combine(root, relative));
            foreach (var (logical, map) in RunCommands(text))
            {
                runs++;
                var script = ShellParser.Parse(logical, map);
                Assert.DoesNotContain(script.Errors, e => e.Message.StartsWith("internal", StringComparison.Ordinal));
                if (script.HasErrors) withErrors++;
                commands += script.Commands.Length;
                foreach (var word in script.Commands.SelectMany(c => c.Words))
                {
                    Assert.InRange(word.Span.Start, 0, text.Length);
                    Assert.InRange(word.Span.End, word.Span.Start, text.Length);
                    if (word.Span.Length != word.Text.Length || word.Text.Contains('\n')) continue;
                    if (word.Text != text.Substring(word.Span.Start, word.Span.Length))
                        Assert.Fail($"{relative}: word '{word.Text}' maps to '{text.Substring(word.Span.Start, word.Span.Length)}'");
                    words++;
                }
            }
        }
        output.WriteLine($"RUN instructions: {runs}, commands: {commands}, checked words: {words}, RUNs with recovered errors: {withErrors}");
        Assert.True(runs > 1000, $"only {runs} RUN instructions found");
        Assert.True(withErrors * 20 < runs, $"{withErrors} of {runs} RUNs had parse errors");
    }

    /// <summary>Shell-form RUN texts with a SourceMap, joined the way BuildKit joins continuation lines.</summary>
    private static IEnumerable<(string Text, SourceMap Map)> RunCommands(string file)
    {
        char escape = file.Contains("# escape=`") ? '`' : '\\';
        var lines = new List<(int Start, int Length)>();
        for (int start = 0; start < file.Length;)
        {
            int nl = file.IndexOf('\n', start);
            int end = nl < 0 ? file.Length : nl;
            int len = end - start;
            if (len > 0 && file[start + len - 1] == '\r') len--;
            lines.Add((start, len));
            start = nl < 0 ? file.Length : nl + 1;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var (start, length) = lines[i];
            string first = file.Substring(start, length);
            string trimmed = first.TrimStart();
            if (!trimmed.StartsWith("RUN ", StringComparison.OrdinalIgnoreCase)) continue;
            int textStart = start + (first.Length - trimmed.Length) + 4;
            while (textStart < start + length && file[textStart] is ' ' or '\t') textStart++;
            if (textStart < start + length && file[textStart] == '[') continue;
            if (trimmed.Contains("--", StringComparison.Ordinal) && trimmed[4..].TrimStart().StartsWith("--", StringComparison.Ordinal))
                continue; // flags: left to the real parser

            var sb = new StringBuilder();
            var logicalStarts = new List<int>();
            var sourceStarts = new List<int>();
            int segStart = textStart, segEnd = start + length;
            while (true)
            {
                string segment = file[segStart..segEnd];
                string right = segment.TrimEnd(' ', '\t');
                bool continues = right.EndsWith(escape) && !right.EndsWith($"{escape}{escape}");
                if (continues) segment = right[..^1];
                logicalStarts.Add(sb.Length);
                sourceStarts.Add(segStart);
                sb.Append(segment);
                if (!continues) break;
                // skip comment and blank lines inside the continuation
                do { i++; } while (i < lines.Count && IsSkippable(file.Substring(lines[i].Start, lines[i].Length)));
                if (i >= lines.Count) break;
                (segStart, int len) = lines[i];
                segEnd = segStart + len;
            }
            yield return (sb.ToString(), new SourceMap([.. logicalStarts], [.. sourceStarts]));
        }
    }

    private static bool IsSkippable(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');
}
