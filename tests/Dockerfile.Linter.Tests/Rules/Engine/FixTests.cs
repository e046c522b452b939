using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class FixTests
{
    [Fact]
    public void Safe_fixes_are_applied_and_unsafe_ones_only_on_request()
    {
        const string text = "FROM alpine:3.20\n# dockerfile-lint ignore=DL3000\nMAINTAINER me\n";
        var linter = new DockerfileLinter();

        var safe = linter.Fix(text);
        Assert.Equal("FROM alpine:3.20\nMAINTAINER me\n", safe.FixedText);
        Assert.Equal(1, safe.AppliedFixes);
        Assert.True(safe.Changed);
        Assert.Contains(safe.Remaining.Diagnostics, d => d.Code == "DL4000");

        var all = linter.Fix(text, includeUnsafe: true);
        Assert.Equal("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"me\"\n", all.FixedText);
        Assert.Equal(2, all.AppliedFixes);
        Assert.DoesNotContain(all.Remaining.Diagnostics, d => d.Fix is not null);
    }

    [Fact]
    public void Nothing_to_fix_leaves_the_text_alone()
    {
        var result = new DockerfileLinter().Fix("FROM alpine:3.20\nWORKDIR /app\n");
        Assert.False(result.Changed);
        Assert.Equal(0, result.AppliedFixes);
        Assert.Equal(1, result.Passes);
    }

    [Fact]
    public void Overlapping_fixes_wait_for_the_next_pass()
    {
        var rule = new OverlappingFixRule();
        var result = new DockerfileLinter(rules: [rule]).Fix("FROM a:1\n");
        Assert.Equal("FROM a:1\n# x\n# y\n", result.FixedText);
        Assert.Equal(2, result.Passes - 1);
    }

    [Fact]
    public void Applier_skips_edits_out_of_range_and_overlaps()
    {
        var fixes = new[]
        {
            new Fix("a", [new TextEdit(new TextSpan(0, 4), "ABCD")]),
            new Fix("b", [new TextEdit(new TextSpan(2, 4), "zz")]),
            new Fix("c", [new TextEdit(new TextSpan(5, 100), "")]),
            new Fix("d", [new TextEdit(new TextSpan(8, 0), "!")]),
        };
        Assert.Equal(("ABCDefgh!", 2), FixApplier.Apply("abcdefgh", fixes));
    }

    [Fact]
    public void Conflicting_fixes_resolve_the_same_whatever_order_they_come_in()
    {
        var fixes = new[]
        {
            new Fix("b", [new TextEdit(new TextSpan(2, 2), "B")]),
            new Fix("a", [new TextEdit(new TextSpan(2, 2), "A")]),
            new Fix("wide", [new TextEdit(new TextSpan(2, 4), "W")]),
            new Fix("insert", [new TextEdit(new TextSpan(1, 0), "+")]),
        };
        var results = Permutations(fixes).Select(p => FixApplier.Apply("abcdefgh", p)).Distinct().ToList();
        Assert.Equal(("a+bAefgh", 2), Assert.Single(results));
    }

    [Fact]
    public void A_fix_that_would_add_a_parse_error_is_not_applied_and_the_others_are()
    {
        const string text = "FROM a:1\nENV A=1\nLABEL b=2\n";
        var result = new DockerfileLinter(rules: [new SyntaxBreakingFixRule()]).Fix(text);
        Assert.Equal("FROM a:1\nENV A=1\nLABEL b=2 c=3\n", result.FixedText);
        Assert.Equal(1, result.AppliedFixes);
        Assert.Equal(1, result.RejectedFixes);
        Assert.False(result.Remaining.Syntax.HasErrors);
    }

    [Fact]
    public void A_file_that_already_has_parse_errors_may_keep_them_but_gets_no_more()
    {
        const string text = "FROM a:1\nENV B\nENV A=1\nLABEL b=2\n";   // ENV B: a parse error before fixing
        var result = new DockerfileLinter(rules: [new SyntaxBreakingFixRule()]).Fix(text);
        Assert.Equal("FROM a:1\nENV B\nENV A=1\nLABEL b=2 c=3\n", result.FixedText);
        Assert.Equal(1, result.RejectedFixes);
    }

    [Fact]
    public void Line_breaks_inserted_into_a_crlf_file_are_crlf()
    {
        var result = new DockerfileLinter(rules: [new OverlappingFixRule()]).Fix("FROM a:1\r\n");
        Assert.Equal("FROM a:1\r\n# x\r\n# y\r\n", result.FixedText);
    }

    [Fact]
    public void A_fix_from_the_start_of_the_file_keeps_the_byte_order_mark()
    {
        const string text = "\uFEFF# dockerfile-lint ignore=DL3000\nFROM alpine:3.20\n";
        var result = new DockerfileLinter().Fix(text);
        Assert.Equal("\uFEFFFROM alpine:3.20\n", result.FixedText);
        Assert.Equal(("\uFEFFab", 1), FixApplier.Apply("\uFEFFxb", [FixApplier.AdaptTo("\uFEFFxb", new Fix("t", [new TextEdit(new TextSpan(0, 2), "\uFEFFa")]))]));
    }

    [Fact]
    public void Line_breaks_inserted_into_a_file_with_mixed_line_endings_are_left_as_the_rule_wrote_them()
    {
        var result = new DockerfileLinter(rules: [new OverlappingFixRule()]).Fix("FROM a:1\r\nWORKDIR /app\n");
        Assert.Equal("FROM a:1\r\nWORKDIR /app\n# x\n# y\n", result.FixedText);
    }

    private static IEnumerable<Fix[]> Permutations(Fix[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations([.. items[..i], .. items[(i + 1)..]]).Select(rest => (Fix[])[item, .. rest]));

    /// <summary>Offers a fix on ENV that leaves it without a value (a parse error) and a harmless one on LABEL.</summary>
    private sealed class SyntaxBreakingFixRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = TestRules.FixingDescriptor("DF9906", "syntax-breaking-fix");

        public override void Register(RuleRegistrar registrar) => registrar.OnFile((syntax, context) =>
        {
            string text = syntax.Source.Text;
            int env = text.IndexOf("A=1", StringComparison.Ordinal);
            if (env >= 0) context.Report(new TextSpan(env, 3), new Fix("drop the value", [new TextEdit(new TextSpan(env + 1, 2), "")]), "env");
            int label = text.IndexOf("b=2\n", StringComparison.Ordinal);
            if (label >= 0) context.Report(new TextSpan(label, 3), new Fix("add c", [new TextEdit(new TextSpan(label + 3, 0), " c=3")]), "label");
        });
    }

    /// <summary>Offers two fixes inserting at the same point; only one can apply per pass.</summary>
    private sealed class OverlappingFixRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = TestRules.FixingDescriptor("DF9905", "overlapping-fix");

        public override void Register(RuleRegistrar registrar) => registrar.OnFile((syntax, context) =>
        {
            string text = syntax.Source.Text;
            int end = text.Length;
            if (!text.Contains("# x")) context.Report(new TextSpan(0, 4), new Fix("x", [new TextEdit(new TextSpan(end, 0), "# x\n")]), "x");
            if (!text.Contains("# y")) context.Report(new TextSpan(0, 4), new Fix("y", [new TextEdit(new TextSpan(end, 0), "# y\n")]), "y");
        });
    }
}
