namespace Dockerfile.Linter.Cli.Tests.Configuration;

/// <summary>How the preset is chosen: <c>--preset</c> &gt; <c>preset:</c> in the configuration &gt; a hadolint configuration &gt; recommended.</summary>
public class PresetCliTests
{
    /// <summary>Unpinned apt packages (DL3008: a hadolint warning, off under recommended) in an otherwise tidy file.</summary>
    private const string AptInstall =
        "FROM debian:12\n" +
        "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n" +
        "USER 1000\n" +
        "CMD [\"curl\", \"--version\"]\n";

    private static CliRun Lint(TempDirectory dir, params string[] args) => CliRunner.Run(dir.Path, [.. args, "-f", "gnu", "Dockerfile"]);

    [Fact]
    public void Without_configuration_the_recommended_preset_passes_the_tidy_file()
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        var run = Lint(dir);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("[DL3008]", run.Out);
    }

    [Theory]
    [InlineData(".hadolint.yaml")]
    [InlineData(".hadolint.yml")]
    public void A_hadolint_configuration_selects_the_hadolint_preset(string name)
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        dir.Write(name, "ignored: [DL3059]\n");
        var run = Lint(dir);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Dockerfile:3:", run.Out);
        Assert.Contains("warning: ", run.Out);
        Assert.Contains("[DL3008]", run.Out);
        Assert.DoesNotContain("[DF", run.Out);   // none of our own rules: hadolint's set, unchanged
    }

    [Fact]
    public void The_command_line_preset_wins_over_the_inferred_one()
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        dir.Write(".hadolint.yaml", "ignored: []\n");
        var run = Lint(dir, "--preset", "recommended");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("[DL3008]", run.Out);
    }

    [Fact]
    public void Preset_key_in_the_native_configuration_chooses_and_the_command_line_wins_over_it()
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        dir.Write(".dockerfile-lint.yaml", "preset: hadolint\n");
        Assert.Contains("[DL3008]", Lint(dir).Out);
        Assert.DoesNotContain("[DL3008]", Lint(dir, "--preset", "recommended").Out);
    }

    [Fact]
    public void Explicit_rule_options_still_apply_on_top_of_the_preset()
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        var enabled = Lint(dir, "--enable", "DL3008");
        Assert.Contains("[DL3008]", enabled.Out);
        Assert.Equal(0, enabled.ExitCode);   // at its recommended severity, info, below the warning threshold
        Assert.Equal(1, Lint(dir, "--severity", "DL3008=warning").ExitCode);
        var ignored = Lint(dir, "--preset", "hadolint", "--ignore", "DL3008");
        Assert.True(ignored.ExitCode == 0, ignored.ToString());
    }

    [Fact]
    public void The_all_preset_switches_on_rules_that_are_off_in_both_others()
    {
        using var dir = TempDirectory.WithDockerfile(AptInstall);
        Assert.DoesNotContain("[DL3057]", Lint(dir).Out);
        Assert.DoesNotContain("[DL3057]", Lint(dir, "--preset", "hadolint").Out);
        Assert.Contains("[DL3057]", Lint(dir, "--preset", "all").Out);
    }
}
