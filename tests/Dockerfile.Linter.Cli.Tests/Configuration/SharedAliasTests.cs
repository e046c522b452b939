namespace Dockerfile.Linter.Cli.Tests.Configuration;

/// <summary>
/// BuildKit's MultipleInstructionsDisallowed (DF6013, on the overridden instruction) and hadolint's DL3012
/// (HEALTHCHECK), DL4003 (CMD) and DL4004 (ENTRYPOINT) (on the overriding one) are linked findings of one problem:
/// naming either side where a rule is silenced silences both.
/// </summary>
public class SharedAliasTests
{
    private static readonly string[] Only = Samples.OnlyRules("DF6013", "DL3012", "DL4003", "DL4004");
    // The hadolint preset runs DL3012, DL4003 and DL4004 by itself; switched on by name (--enable) they would keep
    // running when only the BuildKit name is ignored.
    private static readonly string[] UnderHadolint = ["--preset", "hadolint", .. Only];

    private const string ThreeDuplicates =
        "FROM alpine:3.20\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\nCMD [\"a\"]\nCMD [\"b\"]\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n";

    private static CliRun Run(string[] args, string? config = null, string dockerfile = ThreeDuplicates)
    {
        using var dir = new TempDirectory();
        if (config is not null) dir.Write(".dockerfile-lint.yaml", config);
        dir.Write("Dockerfile", dockerfile);
        return CliRunner.Run(dir.Path, args.With("-f", "gnu", "Dockerfile"));
    }

    [Fact]
    public void Recommended_reports_the_overridden_instructions_under_the_BuildKit_rule()
    {
        var lines = Run(Only).Out.TrimEnd('\n').Split('\n');
        Assert.Equal(["Dockerfile:2:1:", "Dockerfile:4:1:", "Dockerfile:6:1:"], lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)] + ":"));
        Assert.All(lines, l => Assert.EndsWith("[DF6013]", l));
    }

    [Fact]
    public void Hadolint_preset_reports_the_overriding_instructions_under_hadolints_codes()
    {
        var run = Run(UnderHadolint).Out;
        Assert.Contains("Dockerfile:3:1: error: Multiple HEALTHCHECK instructions in this stage; only the last one takes effect [DL3012]", run);
        Assert.Contains("Dockerfile:5:1: warning: ", run);
        Assert.Contains("Dockerfile:7:1: error: ", run);
        Assert.DoesNotContain("DF6013", run);
    }

    [Fact]
    public void Ignoring_the_BuildKit_name_on_the_command_line_silences_the_hadolint_rules_too()
    {
        Assert.Equal("", Run(Only.With("--ignore", "MultipleInstructionsDisallowed")).Out);
        Assert.Equal("", Run(UnderHadolint.With("--ignore", "MultipleInstructionsDisallowed")).Out);
    }

    [Fact]
    public void Ignoring_a_hadolint_code_in_the_configuration_silences_its_part_of_the_BuildKit_rule()
    {
        var run = Run(Only, "ignore: [DL4003]\n").Out;
        Assert.DoesNotContain("Dockerfile:4:", run);
        Assert.Contains("Dockerfile:2:1:", run);
        Assert.Contains("Dockerfile:6:1:", run);
    }

    [Fact]
    public void Severity_off_of_the_BuildKit_name_in_the_configuration_silences_both()
    {
        Assert.Equal("", Run(UnderHadolint, "severity:\n  MultipleInstructionsDisallowed: off\n").Out);
    }

    [Fact]
    public void Severity_of_the_BuildKit_name_applies_to_its_rule()
    {
        var lines = Run(Only.With("--severity", "MultipleInstructionsDisallowed=style")).Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains(": style: ", l));
    }

    [Fact]
    public void A_check_directive_with_the_BuildKit_name_silences_both()
    {
        Assert.Equal("", Run(Only, dockerfile: "# check=skip=MultipleInstructionsDisallowed\n" + ThreeDuplicates).Out);
        Assert.Equal("", Run(UnderHadolint, dockerfile: "# check=skip=MultipleInstructionsDisallowed\n" + ThreeDuplicates).Out);
    }

    [Fact]
    public void A_hadolint_pragma_above_the_later_instruction_silences_the_BuildKit_finding_on_the_earlier_one()
    {
        const string text = "FROM alpine:3.20\nCMD [\"a\"]\n# hadolint ignore=DL4003\nCMD [\"b\"]\n";
        Assert.Equal("", Run(Only, dockerfile: text).Out);
        Assert.Equal("", Run(UnderHadolint, dockerfile: text).Out);
    }
}
