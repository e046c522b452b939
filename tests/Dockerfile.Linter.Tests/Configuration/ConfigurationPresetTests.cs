using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Reporting;

namespace Dockerfile.Linter.Tests.Configuration;

public class ConfigurationPresetTests
{
    private static readonly IReadOnlyCollection<RuleDescriptor> Rules = SampleReports.Rules.ToArray();

    private static ConfigurationReadResult Native(string yaml) =>
        ConfigurationReader.Read(yaml, "/repo/.dockerfile-lint.yaml", ConfigurationDialect.Native, Rules);

    private static ConfigurationReadResult Hadolint(string yaml, string path = "/repo/.hadolint.yaml") =>
        ConfigurationReader.Read(yaml, path, ConfigurationReader.DialectOf(path), Rules);

    [Theory]
    [InlineData("preset: hadolint", Preset.Hadolint)]
    [InlineData("preset: all", Preset.All)]
    [InlineData("preset: Recommended", Preset.Recommended)]
    public void Native_preset_key_chooses_the_preset(string yaml, Preset expected)
    {
        var result = Native(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(expected, result.Configuration.Preset);
        Assert.Equal(expected, result.Configuration.EffectivePreset);
    }

    [Fact]
    public void Unknown_preset_is_an_error_with_its_position()
    {
        var result = Native("ignore: []\npreset: strict\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("'preset' must be one of: recommended, hadolint, all", error.Message);
    }

    [Fact]
    public void Native_file_without_preset_is_recommended_with_a_warning_threshold()
    {
        var c = Native("ignore: [DL3007]").Configuration;
        Assert.Null(c.Preset);
        Assert.Equal(Preset.Recommended, c.EffectivePreset);
        Assert.Equal(FailureThreshold.Warning, c.EffectiveFailureThreshold);
        Assert.Equal(Preset.Recommended, LinterConfiguration.Empty.EffectivePreset);
    }

    [Theory]
    [InlineData("/repo/.hadolint.yaml")]
    [InlineData("/repo/.hadolint.yml")]
    [InlineData("/home/me/.config/hadolint.yaml")]
    public void A_hadolint_file_selects_the_hadolint_preset_and_its_info_threshold(string path)
    {
        var c = Hadolint("ignored: [DL3008]", path).Configuration;
        Assert.Null(c.Preset);
        Assert.Equal(Preset.Hadolint, c.EffectivePreset);
        Assert.Equal(FailureThreshold.Info, c.EffectiveFailureThreshold);
    }

    [Fact]
    public void An_explicit_preset_wins_over_the_inferred_one_and_a_threshold_over_the_presets()
    {
        var file = Hadolint("failure-threshold: error").Configuration;
        var commandLine = new LinterConfiguration { Preset = Preset.Recommended };
        var merged = file.MergedWith(commandLine);
        Assert.Equal(Preset.Recommended, merged.EffectivePreset);
        Assert.Equal(FailureThreshold.Error, merged.EffectiveFailureThreshold);
        // Nothing chosen on the command line: the file's dialect still decides.
        Assert.Equal(Preset.Hadolint, file.MergedWith(LinterConfiguration.Empty).EffectivePreset);
        // The command line's choice wins over the file's explicit one.
        var native = Native("preset: all").Configuration;
        Assert.Equal(Preset.Hadolint, native.MergedWith(new LinterConfiguration { Preset = Preset.Hadolint }).EffectivePreset);
    }
}
