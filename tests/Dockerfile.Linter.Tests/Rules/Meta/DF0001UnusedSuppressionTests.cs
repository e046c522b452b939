using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Tests.Rules.Meta;

/// <summary>DF0001 is reported by the engine after all rules ran, so these tests lint with the full rule set.</summary>
public class DF0001UnusedSuppressionTests
{
    private static LintResult Lint(string text, LintOptions? options = null) => new DockerfileLinter(options).Lint(text);

    private static List<string> Codes(string text, LintOptions? options = null) =>
        Lint(text, options).Diagnostics.Select(d => d.Code).ToList();

    [Fact]
    public void Unused_entries_are_reported_with_a_removal_fix()
    {
        const string text = "FROM alpine:3.20\n# dockerfile-lint ignore=DL3006,DL3000\nWORKDIR app\n";
        var result = Lint(text);
        var unused = result.Diagnostics.Single(d => d.Code == "DF0001");
        Assert.Equal("DL3006", result.Syntax.Source.GetText(unused.Span));
        Assert.Equal(Severity.Info, unused.Severity);
        Assert.Equal("FROM alpine:3.20\n# dockerfile-lint ignore=DL3000\nWORKDIR app\n", RuleTester.ApplyFixes(text, [unused.Fix!]));
    }

    [Fact]
    public void A_pragma_with_one_unused_entry_is_removed_entirely_by_the_fix()
    {
        const string text = "FROM alpine:3.20\n# dockerfile-lint ignore=DL3000\nWORKDIR /app\n";
        var unused = Lint(text).Diagnostics.Single(d => d.Code == "DF0001");
        Assert.Equal("FROM alpine:3.20\nWORKDIR /app\n", RuleTester.ApplyFixes(text, [unused.Fix!]));
    }

    [Fact]
    public void Last_unused_entry_removal_takes_the_comma_before_it()
    {
        const string text = "FROM alpine:3.20\n# dockerfile-lint ignore=DL3000, DL3006\nWORKDIR app\n";
        var unused = Lint(text).Diagnostics.Single(d => d.Code == "DF0001");
        Assert.Equal("FROM alpine:3.20\n# dockerfile-lint ignore=DL3000\nWORKDIR app\n", RuleTester.ApplyFixes(text, [unused.Fix!]));
    }

    [Fact]
    public void Entries_for_rules_that_did_not_run_are_not_reported_unused()
    {
        const string text = "FROM alpine:3.20\n# dockerfile-lint ignore=DL3000\nWORKDIR /app\n";
        Assert.DoesNotContain("DF0001", Codes(text, new LintOptions { Ignore = { "DL3000" } }));
    }

    [Fact]
    public void Hadolint_pragmas_are_honoured_but_never_reported_unused()
    {
        Assert.DoesNotContain("DF0001", Codes("FROM alpine:3.20\n# hadolint ignore=DL3000\nWORKDIR /app\n"));
        Assert.DoesNotContain("DF0001", Codes("ARG BASE=debian:12\n# hadolint ignore=DL3006\nFROM ${BASE}\n"));
    }
}
