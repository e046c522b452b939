using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class SuppressionTests
{
    private static LintResult Lint(string text, LintOptions? options = null) => new DockerfileLinter(options).Lint(text);

    private static List<string> Codes(string text, LintOptions? options = null) =>
        Lint(text, options).Diagnostics.Select(d => d.Code).ToList();

    [Theory]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3006, DL3000  # legacy layout\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# dockerfile-lint ignore=workdir-relative-path\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# dockerfile-lint ignore=WorkdirRelativePath\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=dl3000\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000\n\n# another comment\nWORKDIR app\n")]
    [InlineData("# hadolint global ignore=DL3000\nFROM alpine:3.20\nWORKDIR app\nWORKDIR other\n")]
    [InlineData("FROM alpine:3.20\nWORKDIR app\n# dockerfile-lint global ignore=DL3000\n")]
    [InlineData("FROM alpine:3.20\n# check=skip=WorkdirRelativePath\nWORKDIR app\n")]
    [InlineData("# check=skip=WorkdirRelativePath\nFROM alpine:3.20\nWORKDIR app\n")]
    [InlineData("# check=skip=all\nFROM alpine:3.20\nWORKDIR app\n")]
    [InlineData("#!/usr/bin/env docker-build\n# check=skip=WorkdirRelativePath\nFROM alpine:3.20\nWORKDIR app\n")]
    [InlineData("# syntax=docker/dockerfile:1\n# check=skip=WorkdirRelativePath // noisy\nFROM alpine:3.20\nWORKDIR app\n")]
    public void Suppressed(string text) => Assert.DoesNotContain("DL3000", Codes(text));

    [Theory]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000\nRUN true\nWORKDIR app\n")]
    [InlineData("# hadolint ignore=DL3000\nFROM alpine:3.20\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3006\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# check=skip=MaintainerDeprecated\nWORKDIR app\n")]
    [InlineData("# check=skip=workdirrelativepath\nFROM alpine:3.20\nWORKDIR app\n")]
    [InlineData("FROM alpine:3.20\n# hadolint ignore=DL3000\nWORKDIR /ok\nWORKDIR app\n")]
    public void Not_suppressed(string text) => Assert.Contains("DL3000", Codes(text));

    [Fact]
    public void A_pragma_covers_every_line_of_the_next_instruction()
    {
        const string text = "FROM alpine:3.20\n# hadolint ignore=DL4000\nONBUILD \\\n  MAINTAINER me\nMAINTAINER you\n";
        var d = Lint(text).Diagnostics.Single(x => x.Code == "DL4000");
        Assert.Equal(5, d.Location.Start.Line);
    }

    [Fact]
    public void Stage_pragma_covers_the_rest_of_the_stage_only()
    {
        const string text = "FROM alpine:3.20 AS a\n# hadolint stage ignore=DL3000\nWORKDIR x\nWORKDIR y\nFROM a\nWORKDIR z\n";
        var d = Lint(text).Diagnostics.Single(x => x.Code == "DL3000");
        Assert.Equal(6, d.Location.Start.Line);
    }

    [Fact]
    public void Check_comment_applies_to_its_instruction_only()
    {
        const string text = "FROM alpine:3.20\n# check=skip=MaintainerDeprecated\nMAINTAINER a\nMAINTAINER b\n";
        Assert.Equal([4], Lint(text).Diagnostics.Where(d => d.Code == "DL4000").Select(d => d.Location.Start.Line));
    }

    [Fact]
    public void Check_error_true_raises_buildkit_aliased_rules_to_error()
    {
        const string text = "# check=error=true\nFROM alpine\nMAINTAINER me\nWORKDIR app\n";
        var diagnostics = Lint(text).Diagnostics;
        Assert.Equal(Severity.Error, diagnostics.Single(d => d.Code == "DL4000").Severity);
        // DL3000 is hadolint's rule; BuildKit's WorkdirRelativePath is DF6014 (off in the default preset).
        Assert.Equal(Severity.Info, diagnostics.Single(d => d.Code == "DL3000").Severity);
        Assert.Equal(Severity.Warning, diagnostics.Single(d => d.Code == "DL3006").Severity);
    }

    [Fact]
    public void Explicit_severity_overrides_win_over_check_error()
    {
        const string text = "# check=error=true\nFROM alpine:3.20\nMAINTAINER me\n";
        var options = new LintOptions { SeverityOverrides = { ["MaintainerDeprecated"] = Severity.Info } };
        Assert.Equal(Severity.Info, Lint(text, options).Diagnostics.Single(d => d.Code == "DL4000").Severity);
    }

    [Fact]
    public void Unknown_codes_are_reported_at_the_entry()
    {
        const string text = "FROM alpine:3.20\n# hadolint ignore=DL300, SC2086,DL3000\nWORKDIR app\n";
        var result = Lint(text);
        var unknown = result.Diagnostics.Single(d => d.Code == "DF0002");
        Assert.Equal("DL300", result.Syntax.Source.GetText(unknown.Span));
        Assert.Equal("'DL300' is not a known rule code, name or alias", unknown.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DL3000" or "DF0001");
    }

    [Theory]
    [InlineData("# hadolint ignore=DL3999\nFROM alpine:3.20\n", false)]
    [InlineData("# dockerfile-lint ignore=DL3999\nFROM alpine:3.20\n", true)]
    [InlineData("# hadolint ignore=SC2086\nFROM alpine:3.20\n", false)]
    [InlineData("# dockerfile-lint ignore=SC2086\nFROM alpine:3.20\n", false)]
    [InlineData("# hadolint ignore=nope\nFROM alpine:3.20\n", true)]
    public void Codes_of_other_tools_are_not_unknown(string text, bool reported) =>
        Assert.Equal(reported, Codes(text).Contains("DF0002"));

    [Fact]
    public void Meta_findings_can_be_silenced_globally()
    {
        const string text = "# dockerfile-lint global ignore=DF0001,DF0002\nFROM alpine:3.20\n# dockerfile-lint ignore=DL3000,nope\nWORKDIR /app\nUSER 65534\n";
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void Disabled_inline_suppressions_are_neither_applied_nor_checked()
    {
        const string text = "FROM alpine:3.20\n# hadolint ignore=DL3000,nope\nWORKDIR app\nUSER 65534\n";
        Assert.Equal(["DL3000"], Codes(text, new LintOptions { DisableInlineSuppressions = true }));
    }

    [Fact]
    public void Parse_errors_can_be_suppressed_globally()
    {
        const string text = "# hadolint global ignore=DL1000\nFROM alpine:3.20\nRUN <<EOF\necho\n";
        Assert.DoesNotContain("DL1000", Codes(text));
    }

    [Theory]
    [InlineData("skip=A,B", false, new[] { "A", "B" }, null, true)]
    [InlineData("skip=all;error=true", true, new string[0], true, true)]
    [InlineData("skip=A, B", false, new[] { "A" }, null, true)]
    [InlineData("error=maybe", false, new string[0], null, false)]
    [InlineData("error=False;skip=X", false, new[] { "X" }, false, true)]
    [InlineData("nonsense", false, new string[0], null, false)]
    [InlineData("skip=all // why", true, new string[0], null, true)]
    public void Check_settings_parse_as_buildkit_does(string value, bool skipAll, string[] skip, bool? error, bool valid)
    {
        var settings = CheckSettings.Parse(value);
        Assert.Equal(skipAll, settings.SkipAll);
        Assert.Equal(skip.Order(), settings.Skip.Order());
        Assert.Equal(error, settings.Error);
        Assert.Equal(valid, settings.IsValid);
    }
}
