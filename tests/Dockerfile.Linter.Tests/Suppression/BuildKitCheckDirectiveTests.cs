using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Tests.Suppression;

/// <summary>
/// The <c># check=</c> directive and per-instruction <c># check=</c> comments, as BuildKit applies them
/// (shared/notes/buildkit.md §4 and §13), exercised through the BuildKit checks DF6001–DF6012.
/// </summary>
public class BuildKitCheckDirectiveTests
{
    // DF6001 StageNameCasing, DF6002 FromAsCasing, DF6004 ConsistentInstructionCasing, DF6003 NoEmptyContinuation,
    // DF6008 InvalidDefaultArgInFrom, DF6012 InvalidDefinitionDescription (experimental), DL3006 (no BuildKit alias).
    private static List<Diagnostic> Lint(string text, LintOptions? options = null) =>
        new DockerfileLinter(options).Lint(text).Diagnostics.ToList();

    private static List<string> Codes(string text, LintOptions? options = null) =>
        Lint(text, options).Select(d => d.Code).Where(c => c.StartsWith("DF6", StringComparison.Ordinal) || c == "DL3006").ToList();

    private static int Count(string text, string code) => Codes(text).Count(c => c == code);

    private const string TwoNamedStages = "FROM alpine:3.20 AS One\nFROM alpine:3.20 AS Two\n";

    [Fact]
    public void Without_directive_both_stage_names_are_reported() => Assert.Equal(2, Count(TwoNamedStages, "DF6001"));

    [Theory]
    [InlineData("# check=skip=StageNameCasing\n")]
    [InlineData("#check = skip=StageNameCasing\n")]
    [InlineData("# CHECK=skip=StageNameCasing\n")]                                    // directive names are case-insensitive
    [InlineData("# check=skip=FromAsCasing,StageNameCasing\n")]
    [InlineData("# check=skip=all\n")]
    [InlineData("# check=skip=StageNameCasing // the stages follow the upstream names\n")]   // cut at the first space
    [InlineData("# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing\n")]
    [InlineData("#!/usr/bin/env docker-build\n# check=skip=StageNameCasing\n")]      // the frontend skips a shebang
    public void Directive_skips_the_check_in_the_whole_file(string directive) =>
        Assert.Equal(0, Count(directive + TwoNamedStages, "DF6001"));

    [Theory]
    [InlineData("# check=skip=stagenamecasing\n")]                                   // rule names are case-sensitive
    [InlineData("# check=skip=FromAsCasing, StageNameCasing\n")]                     // cut at the space: only FromAsCasing
    [InlineData("# check=skip= StageNameCasing\n")]                                  // cut at the space: 'skip=' is empty
    [InlineData("# check=SKIP=StageNameCasing\n")]                                   // keys are case-sensitive: invalid
    [InlineData("# check=skip=StageNameCasing; error=true\n")]                       // 'skip=StageNameCasing;' has an empty part: invalid
    [InlineData("# check=skip=StageNameCasing;color=red\n")]                         // unknown key: invalid
    [InlineData("# check=skip=StageNameCasing;error=maybe\n")]                       // not a Go boolean: invalid
    [InlineData("  # check=skip=StageNameCasing\n")]                                 // the frontend needs column 1
    [InlineData("\n# check=skip=StageNameCasing\n")]                                 // not at the top: a plain comment…
    [InlineData("# foo=bar\n# check=skip=StageNameCasing\n")]                        // …as after an unknown key
    public void Directive_that_BuildKit_does_not_apply_skips_nothing_in_other_stages(string directive)
    {
        // A comment that is no directive still counts as a per-instruction comment for the first FROM only.
        var diagnostics = Lint(directive + TwoNamedStages).Where(d => d.Code == "DF6001").ToList();
        Assert.Contains(diagnostics, d => d.Message.Contains("'Two'", StringComparison.Ordinal));
    }

    [Fact]
    public void Last_repeated_key_wins()
    {
        Assert.Equal(2, Count("# check=skip=StageNameCasing;skip=FromAsCasing\n" + TwoNamedStages, "DF6001"));
        Assert.Equal(0, Count("# check=skip=FromAsCasing;skip=StageNameCasing\n" + TwoNamedStages, "DF6001"));
    }

    [Fact]
    public void Fourth_part_is_glued_into_the_third_value() =>
        // 'experimental=x;skip=StageNameCasing' is the third value: skip stays as the first part says.
        Assert.Equal(2, Count("# check=error=false;skip=FromAsCasing;experimental=x;skip=StageNameCasing\n" + TwoNamedStages, "DF6001"));

    [Fact]
    public void Skip_does_not_touch_rules_without_a_BuildKit_name() =>
        Assert.Contains("DL3006", Codes("# check=skip=all\nFROM alpine AS One\n"));

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("T")]
    [InlineData("TRUE")]
    [InlineData("True")]
    public void Error_true_makes_BuildKit_checks_errors(string value)
    {
        var diagnostics = Lint($"# check=error={value}\n" + TwoNamedStages);
        Assert.All(diagnostics.Where(d => d.Code == "DF6001"), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(2, diagnostics.Count(d => d.Code == "DF6001"));
    }

    [Fact]
    public void Error_true_leaves_other_rules_alone()
    {
        var diagnostics = Lint("# check=error=true\nFROM alpine AS One\n");
        Assert.Equal(Severity.Error, diagnostics.Single(d => d.Code == "DF6001").Severity);
        Assert.Equal(Severity.Warning, diagnostics.Single(d => d.Code == "DL3006").Severity);
    }

    [Fact]
    public void Error_false_keeps_the_configured_severity() =>
        Assert.All(Lint("# check=error=false\n" + TwoNamedStages).Where(d => d.Code == "DF6001"),
            d => Assert.Equal(Severity.Style, d.Severity));   // DF6001's recommended severity

    [Fact]
    public void Error_true_with_skip_fails_only_for_what_is_left()
    {
        var diagnostics = Lint("# check=skip=FromAsCasing;error=true\nFROM alpine:3.20 as One\n");
        Assert.DoesNotContain(diagnostics, d => d.Code == "DF6002");
        Assert.Equal(Severity.Error, diagnostics.Single(d => d.Code == "DF6001").Severity);
    }

    [Theory]
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=StageNameCasing\nFROM base AS Two\n")]
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=StageNameCasing\n\n\nFROM base AS Two\n")]  // blank lines do not detach it
    [InlineData("FROM alpine:3.20 AS base\n# why: upstream name\n# check=skip=StageNameCasing\nFROM base AS Two\n")]
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=StageNameCasing;error=true\nFROM base AS Two\n")]
    public void Comment_above_an_instruction_skips_the_check_there(string text) =>
        Assert.Equal(0, Count(text, "DF6001"));

    [Theory]
    [InlineData("FROM alpine:3.20 AS base\n  # check=skip=StageNameCasing\nFROM base AS Two\n")]      // indented: kept with its '#'
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=StageNameCasing\n#\nFROM base AS Two\n")]      // a bare '#' clears it
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=FromAsCasing\n# check=skip=StageNameCasing\nFROM base AS Two\n")]  // first one counts
    [InlineData("FROM alpine:3.20 AS base\n# check=skip=StageNameCasing;color=red\nFROM base AS Two\n")]  // malformed: ignored
    public void Comment_that_BuildKit_ignores_skips_nothing(string text) =>
        Assert.Equal(1, Count(text, "DF6001"));

    [Fact]
    public void Comment_applies_to_its_instruction_only() =>
        Assert.Equal("Stage name 'Three' should be lowercase", Lint(
            "FROM alpine:3.20 AS base\n# check=skip=StageNameCasing\nFROM base AS Two\nFROM base AS Three\n").Single(d => d.Code == "DF6001").Message);

    [Fact]
    public void Comment_error_true_is_ignored() =>
        Assert.All(Lint("FROM alpine:3.20 AS base\n# check=error=true\nFROM base AS Two\n").Where(d => d.Code == "DF6001"),
            d => Assert.Equal(Severity.Style, d.Severity));   // not promoted to error

    [Theory]
    [InlineData("FROM alpine:3.20\n# check=skip=ConsistentInstructionCasing\nrun true\n", "DF6004")]
    [InlineData("FROM alpine:3.20\n# check=skip=NoEmptyContinuation\nRUN a \\\n\n  b\n", "DF6003")]
    [InlineData("ARG TAG\n# check=skip=InvalidDefaultArgInFrom\nFROM alpine:${TAG}\n", "DF6008")]
    public void Comment_does_not_affect_whole_file_checks(string text, string code) =>
        Assert.Equal(1, Count(text, code));

    [Theory]
    [InlineData("# check=skip=ConsistentInstructionCasing\nFROM alpine:3.20\nrun true\n", "DF6004")]
    [InlineData("# check=skip=NoEmptyContinuation\nFROM alpine:3.20\nRUN a \\\n\n  b\n", "DF6003")]
    [InlineData("# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM alpine:${TAG}\n", "DF6008")]
    public void Directive_does_skip_whole_file_checks(string text, string code) =>
        Assert.Equal(0, Count(text, code));

    private const string Undescribed = "FROM alpine:3.20\n# the user to run as\nARG USER=app\n";

    [Fact]
    public void Experimental_check_is_off_without_the_directive() => Assert.Equal(0, Count(Undescribed, "DF6012"));

    [Theory]
    [InlineData("# check=experimental=InvalidDefinitionDescription\n")]
    [InlineData("# check=experimental=all\n")]
    [InlineData("# check=skip=all;experimental=InvalidDefinitionDescription\n")]     // skip never disables an enabled experimental check
    [InlineData("# check=experimental=InvalidDefinitionDescription;skip=InvalidDefinitionDescription\n")]
    public void Experimental_directive_enables_the_check(string directive) =>
        Assert.Equal(1, Count(directive + Undescribed, "DF6012"));

    [Fact]
    public void Experimental_comment_enables_the_check_for_its_instruction() =>
        Assert.Equal(1, Count("FROM alpine:3.20\n# check=experimental=InvalidDefinitionDescription\nARG USER=app\n# no name here\nARG OTHER=1\n", "DF6012"));

    [Fact]
    public void Experimental_check_enabled_in_the_options_runs_everywhere_and_ignores_skip()
    {
        var options = new LintOptions { Enable = { "DF6012" } };
        Assert.Single(Codes("# check=skip=all\n" + Undescribed, options), "DF6012");
    }

    [Fact]
    public void Experimental_check_ignored_in_the_options_stays_off()
    {
        var options = new LintOptions { Ignore = { "InvalidDefinitionDescription" } };
        Assert.DoesNotContain("DF6012", Codes("# check=experimental=all\n" + Undescribed, options));
    }

    [Fact]
    public void Settings_parse_experimental_names()
    {
        var settings = CheckSettings.Parse("experimental=A,B;skip=all");
        Assert.True(settings.EnablesExperimental("A"));
        Assert.True(settings.EnablesExperimental("B"));
        Assert.False(settings.EnablesExperimental("C"));
        Assert.True(settings.Skips("C"));
        Assert.False(settings.Skips("InvalidDefinitionDescription"));
    }
}
