using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary>
/// One problem, two references: BuildKit's MultipleInstructionsDisallowed (DF6013) reports the overridden instruction,
/// hadolint's DL4003/DL4004/DL3012 the overriding one; BuildKit's WorkdirRelativePath (DF6014) and hadolint's DL3000
/// report the same WORKDIR. Silencing either name for a finding silences its linked one.
/// </summary>
public class LinkedFindingsTests
{
    private const string TwoCmds = "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n";

    private static List<string> Found(string text, LintOptions options) =>
        new DockerfileLinter(options).Lint(text).Diagnostics
            .Where(d => d.Code is "DF6013" or "DL4003" or "DL4004" or "DL3012" or "DF6014" or "DL3000")
            .Select(d => $"{d.Code}@{d.Location.Start.Line}").ToList();

    private static LintOptions Both() => new() { Enable = { "DF6013", "DL4003", "DL4004", "DL3012" } };

    [Fact]
    public void Each_reference_places_its_finding_where_it_does()
    {
        Assert.Equal(["DF6013@2", "DL4003@3"], Found(TwoCmds, Both()));
    }

    [Fact]
    public void Recommended_reports_only_BuildKits_placement_and_hadolint_preset_only_hadolints()
    {
        Assert.Equal(["DF6013@2"], Found(TwoCmds, new LintOptions()));
        Assert.Equal(["DL4003@3"], Found(TwoCmds, new LintOptions { Preset = Preset.Hadolint }));
    }

    [Theory]
    [InlineData("DL4003")]
    [InlineData("multiple-cmds")]
    [InlineData("MultipleInstructionsDisallowed")]
    [InlineData("DF6013")]
    public void Ignoring_either_name_silences_both(string name)
    {
        var options = new LintOptions { Preset = Preset.All, Ignore = { name } };
        Assert.Empty(Found(TwoCmds, options));
    }

    [Fact]
    public void Ignoring_the_CMD_rule_leaves_the_other_kinds_of_the_BuildKit_check()
    {
        const string text = "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n";
        Assert.Equal(["DF6013@4"], Found(text, new LintOptions { Ignore = { "DL4003" } }));
    }

    [Fact]
    public void A_rule_switched_on_by_name_keeps_running_when_only_the_other_is_ignored()
    {
        var options = new LintOptions { Preset = Preset.Hadolint, Enable = { "DF6013" }, Ignore = { "DL4003" } };
        Assert.Equal(["DF6013@2"], Found(TwoCmds, options));
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nCMD [\"a\"]\n# hadolint ignore=DL4003\nCMD [\"b\"]\n")]
    [InlineData("FROM alpine:3.20\n# check=skip=MultipleInstructionsDisallowed\nCMD [\"a\"]\nCMD [\"b\"]\n")]
    [InlineData("FROM alpine:3.20\n# dockerfile-lint ignore=DF6013\nCMD [\"a\"]\nCMD [\"b\"]\n")]
    [InlineData("# check=skip=MultipleInstructionsDisallowed\nFROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n")]
    public void An_inline_suppression_of_either_placement_silences_both(string text)
    {
        Assert.Empty(Found(text, Both()));
        Assert.Empty(Found(text, new LintOptions()));
        Assert.Empty(Found(text, new LintOptions { Preset = Preset.Hadolint }));
    }

    [Fact]
    public void A_suppression_used_only_through_the_linked_finding_is_not_unused()
    {
        var result = new DockerfileLinter().Lint("FROM alpine:3.20\nCMD [\"a\"]\n# dockerfile-lint ignore=DL4003\nCMD [\"b\"]\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DF6013" or "DF0001");
    }

    [Fact]
    public void A_suppression_for_one_pair_leaves_the_next_pair()
    {
        const string text = "FROM alpine:3.20\nCMD [\"a\"]\n# hadolint ignore=DL4003\nCMD [\"b\"]\nCMD [\"c\"]\n";
        Assert.Equal(["DF6013@4", "DL4003@5"], Found(text, Both()));
    }

    [Theory]
    [InlineData("DL3000")]
    [InlineData("WorkdirRelativePath")]
    public void WORKDIR_findings_are_linked_too(string name)
    {
        const string text = "FROM alpine:3.20\nWORKDIR app\nWORKDIR /srv\nWORKDIR build\n";
        var both = new LintOptions { Enable = { "DF6014" } };
        Assert.Equal(["DF6014@2", "DL3000@2", "DL3000@4"], Found(text, both));
        Assert.Equal(["DL3000@2", "DL3000@4"], Found(text, new LintOptions()));
        Assert.Empty(Found(text, new LintOptions { Preset = Preset.All, Ignore = { name } }));
        Assert.Equal(["DF6014@2"], Found(text, new LintOptions { Enable = { "WorkdirRelativePath" }, Ignore = { "DL3000" } }));
        Assert.Equal(["DL3000@5"], Found("FROM alpine:3.20\n# check=skip=WorkdirRelativePath\nWORKDIR app\nWORKDIR /srv\nWORKDIR build\n", both));
    }
}
