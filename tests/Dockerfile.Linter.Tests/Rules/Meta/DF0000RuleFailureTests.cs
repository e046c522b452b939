using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.Rules.Engine;

namespace Dockerfile.Linter.Tests.Rules.Meta;

/// <summary>DF0000 is reported by the engine for a rule that throws or reports outside the file.</summary>
public class DF0000RuleFailureTests
{
    [Fact]
    public void A_throwing_rule_becomes_a_DF0000_finding_and_others_still_run()
    {
        var result = new DockerfileLinter(rules: [new ThrowingRule(), new DF0000RuleFailure(), new FromRule(TestRules.Descriptor("DF9900", "from"))])
            .Lint("FROM a:1\nRUN x\nRUN y\n");
        Assert.Equal(2, result.RuleFailures.Length);
        Assert.All(result.RuleFailures, f => Assert.IsType<InvalidOperationException>(f.Exception));
        var failures = result.Diagnostics.Where(d => d.Code == "DF0000").ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("DF9902", failures[0].Message);
        Assert.Contains("boom", failures[0].Message);
        Assert.Equal([2, 3], failures.Select(f => f.Location.Start.Line));
        Assert.Contains(result.Diagnostics, d => d.Code == "DF9900");
    }

    public static TheoryData<string> SpansOutsideTheFile => ["past-end", "negative-start", "negative-length", "related", "fix"];

    [Theory]
    [MemberData(nameof(SpansOutsideTheFile))]
    public void A_span_outside_the_file_is_a_DF0000_finding_not_a_silently_clamped_one(string where)
    {
        const string Text = "FROM a:1\n";
        var inside = new TextSpan(0, 4);
        BadSpanRule rule = where switch
        {
            "past-end" => new BadSpanRule(_ => new TextSpan(5, 20)),
            "negative-start" => new BadSpanRule(_ => new TextSpan(-1, 2)),
            "negative-length" => new BadSpanRule(_ => new TextSpan(4, -2)),
            "related" => new BadSpanRule(_ => inside, related: _ => new TextSpan(Text.Length, 1)),
            _ => new BadSpanRule(_ => inside, edit: _ => new TextSpan(Text.Length + 3, 0)),
        };
        var result = new DockerfileLinter(rules: [rule, new DF0000RuleFailure()]).Lint(Text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DF9903");
        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("DF9903", failure.RuleCode);
        Assert.IsType<RuleSpanOutOfRangeException>(failure.Exception);
        var reported = Assert.Single(result.Diagnostics);
        Assert.Equal("DF0000", reported.Code);
        Assert.Contains("outside the file's text (length 9)", reported.Message);
    }

    [Fact]
    public void Spans_at_the_very_end_of_the_file_are_inside_it()
    {
        const string Text = "FROM a:1\n";
        var rule = new BadSpanRule(_ => new TextSpan(Text.Length, 0), related: _ => new TextSpan(0, Text.Length),
            edit: _ => new TextSpan(Text.Length, 0));
        var result = new DockerfileLinter(rules: [rule, new DF0000RuleFailure()]).Lint(Text);
        Assert.Empty(result.RuleFailures);
        Assert.Equal(new LinePosition(2, 1), Assert.Single(result.Diagnostics).Location.Start);
    }
}
