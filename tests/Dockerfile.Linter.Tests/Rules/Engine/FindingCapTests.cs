using System.Text;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class FindingCapTests
{
    /// <summary>Reports every FROM with an argument that counts how often its text is asked for.</summary>
    private sealed class CountingRule : Rule
    {
        public int Formatted;
        private int _reported;

        public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9910", "counting", "stage {0}");

        public override void Register(RuleRegistrar registrar) =>
            registrar.OnInstruction<FromInstruction>((f, c) => c.Report(f.Keyword.Span, new Counted(this, ++_reported)));

        private sealed class Counted(CountingRule rule, int index)
        {
            public override string ToString()
            {
                rule.Formatted++;
                return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    [Fact]
    public void Findings_past_the_cap_are_counted_without_formatting_their_messages()
    {
        int cap = SuppressionFilter.MaxFindingsPerRule;
        var text = new StringBuilder();
        for (int i = 0; i < cap * 3; i++) text.Append("FROM alpine:3.20\n");
        var rule = new CountingRule();

        var findings = new DockerfileLinter(rules: [rule]).Lint(text.ToString()).Diagnostics;

        Assert.Equal(cap + 1, findings.Length);
        // the listed findings and the first one left out (quoted by the summary); none of the other 1,999
        Assert.Equal(cap + 1, rule.Formatted);
        var summary = findings[^1];
        Assert.Equal($"{cap * 2:N0} more DF9910 findings in this file are not listed (at most {cap:N0} per rule per file); the first: stage {cap + 1}", summary.Message);
        Assert.Equal($"stage {cap}", findings[cap - 1].Message);
    }
}
