using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>
/// Runs the detectors over every ENV/ARG/LABEL value, RUN command and heredoc of the shared corpus: they must not
/// throw, must point into the text they were given, and must not flood real-world files with findings.
/// </summary>
public class SecretCorpusTests
{
    [SharedDataFact("corpus")]
    public void Detectors_run_over_the_corpus_without_throwing_or_flooding()
    {
        string corpus = SharedData.PathTo("corpus")!;
        int files = 0;
        var filesWithFindings = new HashSet<string>();
        var digestFindings = new List<string>();
        foreach (var file in Directory.EnumerateDirectories(corpus).SelectMany(Directory.EnumerateFiles).Order(StringComparer.Ordinal))
        {
            files++;
            var syntax = DockerfileParser.Parse(DataFiles.ReadExact(file), file);
            foreach (var instruction in syntax.Instructions)
            {
                var target = instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
                foreach (var (name, value) in Values(target))
                {
                    SecretNames.IsSecretName(name);
                    if (SecretScanner.ClassifyValue(name, value) is not { } finding) continue;
                    Assert.Equal(finding.Value, value.Substring(finding.Start, finding.Length));
                    filesWithFindings.Add(file);
                    if (finding.Kind == SecretKind.HighEntropyString && SecretLiterals.IsDigestOrIdentifierName(name))
                        digestFindings.Add(name);
                }
                foreach (var text in Texts(target))
                    foreach (var finding in SecretScanner.Scan(text))
                    {
                        Assert.Equal(finding.Value, text.Substring(finding.Start, finding.Length));
                        filesWithFindings.Add(file);
                    }
            }
        }
        Assert.True(files > 3000, $"only {files} corpus files");
        Assert.Empty(digestFindings);
        // The corpus is published images and examples, where real secrets are rare: many hits mean false positives.
        Assert.True(filesWithFindings.Count * 100 < files, $"{filesWithFindings.Count} of {files} files have findings");
    }

    private static IEnumerable<(string Name, string Value)> Values(Instruction instruction) => instruction switch
    {
        KeyValueInstruction kv => kv.Pairs.Select(p => (Unquote(p.Key.Text), Unquote(p.Value.Text))),
        ArgInstruction arg => arg.Declarations.Where(d => d.DefaultValue is not null)
            .Select(d => (d.Name.Text, Unquote(d.DefaultValue!.Text))),
        _ => [],
    };

    private static IEnumerable<string> Texts(Instruction instruction)
    {
        if (instruction is RunInstruction { Command: ShellForm shell }) yield return shell.Text;
        if (instruction is RunInstruction { Command: ExecForm exec }) yield return string.Join(' ', exec.Values);
        foreach (var heredoc in instruction.Heredocs) yield return heredoc.Content;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0] ? text[1..^1] : text;
}
