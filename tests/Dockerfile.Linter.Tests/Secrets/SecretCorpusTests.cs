using System.Text.RegularExpressions;
using Dockerfile.Linter.Secrets;

namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>Runs the detectors over every line of the shared corpus: they must not throw and must not flood.</summary>
public partial class SecretCorpusTests
{
    [CorpusFact]
    public void Detectors_run_over_the_corpus_without_throwing_or_flooding()
    {
        var corpus = SharedCorpus.Directory!;
        int files = 0;
        var filesWithFindings = new HashSet<string>();
        var digestFindings = new List<string>();
        foreach (var file in SharedCorpus.Files(corpus))
        {
            files++;
            string text = File.ReadAllText(file);
            foreach (var line in Continuation().Replace(text, " ").Split('\n'))
            {
                foreach (var finding in SecretScanner.Scan(line))
                {
                    Assert.InRange(finding.Start, 0, line.Length - finding.Length);
                    filesWithFindings.Add(file);
                }
                foreach (Match pair in Pair().Matches(line))
                {
                    string name = pair.Groups["k"].Value;
                    SecretNames.IsSecretName(name);
                    var finding = SecretScanner.ClassifyValue(name, pair.Groups["v"].Value.Trim('"', '\''));
                    if (finding is null) continue;
                    filesWithFindings.Add(file);
                    if (SecretLiterals.IsDigestOrIdentifierName(name) && finding.Value.Kind == SecretKind.HighEntropyString)
                        digestFindings.Add(name);
                }
            }
        }
        Assert.True(files > 3000, $"only {files} corpus files");
        Assert.Empty(digestFindings);
        // The corpus is published images and examples: secrets are rare there. Flooding means false positives.
        Assert.True(filesWithFindings.Count * 100 < files, $"{filesWithFindings.Count} of {files} files have findings");
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?<k>[A-Za-z_][A-Za-z0-9_.-]*)=(?<v>""[^""]*""|'[^']*'|\S+)")]
    private static partial Regex Pair();
}
