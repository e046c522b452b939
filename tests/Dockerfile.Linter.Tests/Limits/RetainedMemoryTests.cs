using System.Text;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Tests.Limits;

/// <summary>Measures the managed heap, so nothing else may run meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurementCollection
{
    public const string Name = "Heap measurements";
}

/// <summary>
/// What a lint result keeps alive on a large file of tiny instructions: the tree (one-segment source maps without
/// arrays, short strings shared), at most 1,000 findings per rule, and no shell parses once the run is over. Measured
/// with full collections before and after, on a thread nothing else allocates on meanwhile; no timings.
/// </summary>
[Collection(HeapMeasurementCollection.Name)]
public class RetainedMemoryTests
{
    private static string Repeat(string line, int chars)
    {
        var text = new StringBuilder("FROM alpine\n");
        while (text.Length < chars) text.Append(line);
        return text.ToString();
    }

    private static readonly DockerfileLinter AllRules = new(new LintOptions { Preset = Preset.All });

    // Before: 71 and 100 bytes per input char (every RUN's shell parse kept by a weak table as long as the tree, and
    // one DL3059 finding per RUN, 95,000 of them); then 40 and 16 (a header and a keyword object per instruction, the
    // grammars' word texts not shared); then 24 and 8 (three objects per ENV line: two pairs and their array); now
    // about 13.7 and 7.1 (pairs kept as slots in one array, the instruction's keyword, lines and spans as bits).
    // FROM lines: 22.4 (each FROM's words kept beside its image and AS name, an image reference of nine fields, most
    // of them null); then about 16; now about 13.5 (AS, the stage name and odd words in one object made only when
    // present, the tag span packed with the variable mark, the word parts in the instruction's spare bits).
    [Theory]
    [InlineData("ENV A=b C=d\n", 17)]
    [InlineData("RUN echo hello world\n", 10)]
    [InlineData("FROM alpine:3.20\n", 15)]
    public void A_lint_result_keeps_a_bounded_amount_per_input_char(string line, int bound)
    {
        string text = Repeat(line, 2_000_000);
        AllRules.Lint("FROM alpine\nENV A=b\nRUN echo hi\n");
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var result = AllRules.Lint(text);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        double perChar = (after - before) / (double)text.Length;
        Assert.Empty(result.RuleFailures);
        GC.KeepAlive(result);
        Assert.True(perChar < bound, $"{perChar:F1} retained bytes per input char (bound {bound})");
    }

    // Before: 36 and 6 bytes per input char (three dictionaries from every instruction to its scope, stage and shell,
    // and a persistent dictionary, a scope and a variable object per ENV pair), alive for the whole lint. FROM lines:
    // two empty scopes, a segment object and a checkpoint list per stage (about 30 bytes per input char allocated);
    // then about 6 (the stage infos); now about 4.7 (a stage's base stage and expanded image only when present).
    [Theory]
    [InlineData("ENV A=b C=d\n", 3)]
    [InlineData("RUN echo hello world\n", 1)]
    [InlineData("FROM alpine:3.20\n", 6)]
    public void A_semantic_model_keeps_a_bounded_amount_per_input_char(string line, int bound)
    {
        string text = Repeat(line, 2_000_000);
        var syntax = DockerfileParser.Parse(text);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var model = SemanticModel.Create(syntax);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        double perChar = (after - before) / (double)text.Length;
        Assert.Equal("b", model.GetScope(syntax.Instructions[^1]).Lookup("A")?.Value ?? "b");
        GC.KeepAlive(model);
        Assert.True(perChar < bound, $"{perChar:F2} retained bytes per input char (bound {bound})");
    }

    [Fact]
    public void A_rule_lists_at_most_a_thousand_findings_per_file_and_sums_up_the_rest()
    {
        // Every RUN after the first is a DL3059 finding: 1,499 of them.
        string text = Repeat("RUN echo hello world\n", 12 + 1_500 * 21);
        var result = AllRules.Lint(text);
        var findings = result.Diagnostics.Where(d => d.Code == "DL3059").ToList();
        Assert.Equal(SuppressionFilter.MaxFindingsPerRule + 1, findings.Count);
        var summary = Assert.Single(findings, d => d.Message.Contains("not listed"));
        Assert.StartsWith("499 more DL3059 findings in this file are not listed (at most 1,000 per rule per file); the first: ", summary.Message);
        Assert.True(summary.Location.Start.Line > findings.Where(f => f != summary).Max(f => f.Location.Start.Line));
        Assert.Null(summary.Fix);
    }

    [Fact]
    public void Suppressed_findings_are_neither_listed_nor_counted()
    {
        var text = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 1_200; i++)
        {
            if (i >= 1_100) text.Append("# hadolint ignore=DL3059\n");
            text.Append("RUN echo hello world\n");
        }
        var result = AllRules.Lint(text.ToString());
        var summary = Assert.Single(result.Diagnostics, d => d.Code == "DL3059" && d.Message.Contains("not listed"));
        Assert.StartsWith("99 more DL3059 findings", summary.Message);
    }
}
