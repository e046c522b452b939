using Dockerfile.Linter.Tests.TestSupport;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Parsing;
using FsCheck.Xunit;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>Properties of linting any input with every rule on: no rule throws, findings are in range and ordered.</summary>
public class LintPropertyTests
{
    private static readonly DockerfileLinter Everything = new(AllEnabled());

    private static LintOptions AllEnabled()
    {
        var options = new LintOptions();
        foreach (var rule in RuleRegistry.All) options.Enable.Add(rule.Descriptor.Code);
        return options;
    }

    private static bool Holds(string text)
    {
        var result = Everything.Lint(text);
        Assert.True(result.RuleFailures.IsEmpty,
            string.Join("\n\n", result.RuleFailures.Take(3).Select(f => $"{f.RuleCode}: {f.Exception}")));
        var spans = result.Diagnostics.Select(d => d.Span).ToList();
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length, $"span {s} outside the text"));
        Assert.Equal(spans.Select(s => s.Start).Order(), spans.Select(s => s.Start));

        var fixedResult = Everything.Fix(text, includeUnsafe: true);
        Assert.True(fixedResult.Remaining.RuleFailures.IsEmpty);
        Assert.True(fixedResult.Passes <= DockerfileLinter.MaxFixPasses);
        return true;
    }

    [SeededProperty(Arbitrary = [typeof(DockerfileArbitraries)], MaxTest = 300, EndSize = 150)]
    public bool Dockerfile_like_text_lints_without_rule_failures(DockerfileText input) => Holds(input.Text);

    [SeededProperty(MaxTest = 100)]
    public bool Arbitrary_strings_lint_without_rule_failures(string? input) => Holds(input ?? "");
}
