namespace Dockerfile.Linter.Cli.Tests.Configuration;

/// <summary>
/// BuildKit's MultipleInstructionsDisallowed is one check that hadolint splits into DL3012 (HEALTHCHECK), DL4003 (CMD)
/// and DL4004 (ENTRYPOINT): the alias must select all three wherever a rule is named.
/// </summary>
public class SharedAliasTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3012", "DL4003", "DL4004");

    private const string ThreeDuplicates =
        "FROM alpine:3.20\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\nCMD [\"a\"]\nCMD [\"b\"]\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n";

    [Fact]
    public void Without_the_alias_all_three_rules_report()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", ThreeDuplicates);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Contains("[DL3012]", run.Out);
        Assert.Contains("[DL4003]", run.Out);
        Assert.Contains("[DL4004]", run.Out);
    }

    [Fact]
    public void Ignore_on_the_command_line_silences_every_rule_of_the_alias()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", ThreeDuplicates);
        var run = CliRunner.Run(dir.Path, Only.With("--ignore", "MultipleInstructionsDisallowed", "-f", "gnu", "Dockerfile"));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Ignore_in_the_configuration_silences_every_rule_of_the_alias()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "ignore: [MultipleInstructionsDisallowed]\n");
        dir.Write("Dockerfile", ThreeDuplicates);
        Assert.Equal("", CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile")).Out);
    }

    [Fact]
    public void Severity_of_the_alias_applies_to_every_rule_of_it()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", ThreeDuplicates);
        var run = CliRunner.Run(dir.Path, Only.With("--severity", "MultipleInstructionsDisallowed=style", "-f", "gnu", "Dockerfile"));
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains(": style: ", l));
    }

    [Fact]
    public void Severity_in_the_configuration_applies_to_every_rule_of_the_alias()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "severity:\n  MultipleInstructionsDisallowed: off\n");
        dir.Write("Dockerfile", ThreeDuplicates);
        Assert.Equal("", CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile")).Out);
    }

    [Fact]
    public void An_inline_suppression_with_the_alias_silences_every_rule_of_it()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", "# check=skip=MultipleInstructionsDisallowed\n" + ThreeDuplicates);
        Assert.Equal("", CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile")).Out);
    }
}
