using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Configuration;

public class RuleSettingsConfigurationTests
{
    private static readonly IReadOnlyCollection<RuleDescriptor> Rules = RuleRegistry.All.Select(r => r.Descriptor).ToArray();

    private static ConfigurationReadResult Native(string yaml) =>
        ConfigurationReader.Read(yaml, "/repo/.dockerfile-lint.yaml", ConfigurationDialect.Native, Rules);

    [Fact]
    public void Settings_are_keyed_by_rule_code()
    {
        var result = Native("settings:\n  long-line:\n    max-length: 100\n  DF1202:\n    max-commands: 5\n  DF1204: ~\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("100", result.Configuration.RuleSettings["DF1201"]["MAX-LENGTH"]);
        Assert.Equal("5", result.Configuration.RuleSettings["DF1202"]["max-commands"]);
        Assert.False(result.Configuration.RuleSettings.ContainsKey("DF1204"));
    }

    [Theory]
    [InlineData("settings: 3\n", "'settings' must be a mapping")]
    [InlineData("settings:\n  DL9999:\n    x: 1\n", "unknown rule 'DL9999'")]
    [InlineData("settings:\n  DF1201: 100\n", "settings of 'DF1201' must be a mapping")]
    [InlineData("settings:\n  DF1201:\n    max-length: [1, 2]\n", "setting 'max-length' of 'DF1201' must be a single value")]
    [InlineData("settings:\n  DF1201:\n    max-lenght: 100\n", "unknown setting 'max-lenght' of DF1201 (did you mean 'max-length'?)")]
    [InlineData("settings:\n  DF1201:\n    colour: red\n", "unknown setting 'colour' of DF1201 (expected 'max-length')")]
    [InlineData("settings:\n  DF1201:\n    max-length: wide\n", "setting 'max-length' of DF1201 must be a whole number greater than 0, got 'wide'")]
    [InlineData("settings:\n  DF1201:\n    max-length: 0\n", "must be a whole number greater than 0, got '0'")]
    [InlineData("settings:\n  DL3008:\n    max: 1\n", "rule DL3008 (apt-get-unpinned-package) has no settings")]
    [InlineData("settings:\n  long-lin:\n    max-length: 1\n", "unknown rule 'long-lin' (did you mean 'long-line'?)")]
    [InlineData("setings:\n  DF1201:\n    max-length: 1\n", "unknown key 'setings' (did you mean 'settings'?)")]
    [InlineData("ignore: [latest]\n", "unknown rule 'latest' (did you mean 'latest-tag'")]
    public void Bad_settings_are_positioned_errors(string yaml, string message) =>
        Assert.Contains(Native(yaml).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void Higher_layers_win_per_setting()
    {
        var file = Native("settings:\n  DF1201:\n    max-length: 100\n  DF1202:\n    max-commands: 4\n").Configuration;
        var higher = Native("settings:\n  DF1201:\n    max-length: 80\n").Configuration;
        var merged = file.MergedWith(higher);
        Assert.Equal("80", merged.RuleSettings["DF1201"]["max-length"]);
        Assert.Equal("4", merged.RuleSettings["DF1202"]["max-commands"]);
    }
}
