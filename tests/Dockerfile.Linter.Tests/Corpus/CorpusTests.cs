using System.Text.Json;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Corpus;

/// <summary>Every real-world corpus file: BuildKit's verdict and dump, exact round trip, and sane spans.</summary>
public class CorpusTests
{
    private const int MaxReported = 20;

    private sealed record Expectation(string File, bool Ok, string? Dump, string? Error);

    private static List<Expectation> LoadExpectations(string corpus)
    {
        var list = new List<Expectation>();
        foreach (var line in File.ReadLines(Path.Combine(corpus, "BUILDKIT.jsonl")))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            list.Add(new Expectation(
                root.GetProperty("file").GetString()!,
                root.GetProperty("ok").GetBoolean(),
                root.TryGetProperty("dump", out var d) ? d.GetString() : null,
                root.TryGetProperty("error", out var e) ? e.GetString() : null));
        }
        return list;
    }

    [SharedDataFact("corpus", "BUILDKIT.jsonl")]
    public void Every_corpus_file_matches_buildkit()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var expectations = LoadExpectations(corpus);
        var mismatches = new List<string>();
        int matched = 0;
        foreach (var exp in expectations)
        {
            string text = DataFiles.ReadExact(Path.Combine(corpus, exp.File));
            var syntax = DockerfileParser.Parse(text, exp.File);
            if (exp.Ok)
            {
                string dump = BuildKitDump.Dump(syntax);
                if (syntax.HasErrors)
                    mismatches.Add($"{exp.File}: unexpected error {syntax.Diagnostics.First(d => d.Severity == Linter.Severity.Error)}");
                else if (dump != exp.Dump)
                    mismatches.Add($"{exp.File}: dump differs at {FirstDifference(exp.Dump!, dump)}");
                else matched++;
            }
            else if (!syntax.HasErrors)
            {
                mismatches.Add($"{exp.File}: expected error '{exp.Error}' but parsed cleanly");
            }
            else matched++;
        }
        Assert.True(mismatches.Count == 0,
            $"{matched}/{expectations.Count} match; first mismatches:\n" + string.Join("\n", mismatches.Take(MaxReported)));
    }

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Every_corpus_file_round_trips_and_spans_nest()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var problems = new List<string>();
        int files = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            string file = line.Split('\t')[0];
            string text = DataFiles.ReadExact(Path.Combine(corpus, file));
            var syntax = DockerfileParser.Parse(text, file);
            files++;
            if (syntax.ToFullString() != text) problems.Add($"{file}: round trip differs");
            foreach (var problem in SpanChecks.Check(syntax)) problems.Add($"{file}: {problem}");
        }
        Assert.True(files > 0, "MANIFEST.tsv lists no files");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(MaxReported)));
    }

    private static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 40);
        string Cut(string s) => s.Substring(from, Math.Min(s.Length - from, 100)).Replace("\n", "\\n");
        return $"{i}\n  expected: {Cut(expected)}\n  actual:   {Cut(actual)}";
    }
}
