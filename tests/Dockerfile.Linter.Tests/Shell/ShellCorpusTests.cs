using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;
using Xunit.Abstractions;

namespace Dockerfile.Linter.Tests.Shell;

/// <summary>Runs the shell analysis over every RUN of the shared corpus, parsed by the real Dockerfile parser.</summary>
public class ShellCorpusTests(ITestOutputHelper output)
{
    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Every_corpus_RUN_is_analysed_with_spans_that_match_the_file()
    {
        string root = SharedData.PathTo("corpus")!;
        int runs = 0, posixRuns = 0, commands = 0, withErrors = 0, words = 0, heredocRuns = 0;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string relative = line.Split('\t')[0];
            string text = File.ReadAllText(Path.Combine(root, relative));
            var syntax = DockerfileParser.Parse(text, relative);
            bool windows = syntax.EscapeCharacter == '`' || text.Contains("powershell", StringComparison.OrdinalIgnoreCase)
                || text.Contains("pwsh", StringComparison.Ordinal) || text.Contains("SHELL [\"cmd", StringComparison.Ordinal);
            foreach (var run in syntax.Instructions.OfType<RunInstruction>())
            {
                runs++;
                var script = ShellParser.ParseRun(run);
                Assert.DoesNotContain(script.Errors, e => e.Message.StartsWith("internal", StringComparison.Ordinal));
                if (!run.Heredocs.IsEmpty) heredocRuns++;
                if (!windows)
                {
                    posixRuns++;
                    if (script.HasErrors) withErrors++;
                }
                commands += script.Commands.Length;
                foreach (var word in script.Commands.SelectMany(c => c.Words))
                {
                    Assert.InRange(word.Span.Start, 0, text.Length);
                    Assert.InRange(word.Span.End, word.Span.Start, text.Length);
                    if (script.IsExecForm || word.Span.Length != word.Text.Length || word.Text.Contains('\n')) continue;
                    string inFile = text.Substring(word.Span.Start, word.Span.Length);
                    if (word.Text != inFile) Assert.Fail($"{relative}: word '{word.Text}' maps to '{inFile}'");
                    words++;
                }
            }
        }
        output.WriteLine($"RUN: {runs} ({heredocRuns} with heredocs), commands: {commands}, words checked: {words}, POSIX RUNs with recovered errors: {withErrors}/{posixRuns}");
        Assert.True(runs > 10000, $"only {runs} RUN instructions found");
        Assert.True(withErrors * 200 < posixRuns, $"{withErrors} of {posixRuns} POSIX RUNs had parse errors");
    }
}
