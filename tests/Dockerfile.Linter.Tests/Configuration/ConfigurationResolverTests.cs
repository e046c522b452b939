using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Configuration;

/// <summary>The library lints "like the command line": configuration found per file, layered, and the exit policy.</summary>
public sealed class ConfigurationResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dfl-resolver-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static ConfigurationResolver Resolver(LinterConfiguration? overrides = null, string? file = null) =>
        new(overrides, file, new ConfigurationLocator(userConfigDirectory: null));

    [Fact]
    public void The_nearest_configuration_applies_and_files_sharing_it_share_one_instance()
    {
        Write(".dockerfile-lint.yaml", "ignore: [DL3008]\nfailure-threshold: error\n");
        Write("svc/.dockerfile-lint.yaml", "ignore: [DL3009]\n");
        string top = Write("Dockerfile", "FROM debian:12\n"), other = Write("b/Dockerfile", "FROM debian:12\n");
        string svc = Write("svc/Dockerfile", "FROM debian:12\n");
        var resolver = Resolver();

        var topConfig = resolver.ForFile(top);
        Assert.Equal(["DL3008"], topConfig.Ignore);
        Assert.Same(topConfig, resolver.ForFile(other));
        var svcConfig = resolver.ForFile(svc);
        Assert.Equal(["DL3009"], svcConfig.Ignore);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void A_hadolint_file_selects_the_hadolint_preset()
    {
        Write(".hadolint.yaml", "ignored: [DL3009]\n");
        var configuration = Resolver().ForFile(Write("Dockerfile", "FROM debian:12\n"));
        Assert.Equal(["DL3009"], configuration.Ignore);
        Assert.Equal(Preset.Hadolint, configuration.EffectivePreset);
    }

    [Fact]
    public void Overrides_win_over_the_file_and_an_explicit_file_replaces_the_search()
    {
        Write(".dockerfile-lint.yaml", "failure-threshold: error\npreset: all\n");
        string explicitFile = Write("elsewhere/lint.yaml", "ignore: [DL3007]\n");
        string dockerfile = Write("Dockerfile", "FROM debian:12\n");

        var layered = Resolver(new LinterConfiguration { FailureThreshold = FailureThreshold.Info }).ForFile(dockerfile);
        Assert.Equal(FailureThreshold.Info, layered.EffectiveFailureThreshold);
        Assert.Equal(Preset.All, layered.EffectivePreset);

        var chosen = Resolver(file: explicitFile).ForFile(dockerfile);
        Assert.Equal(["DL3007"], chosen.Ignore);
        Assert.Equal(Preset.Recommended, chosen.EffectivePreset);
    }

    [Fact]
    public void Problems_in_a_configuration_file_are_collected_not_thrown()
    {
        Write(".dockerfile-lint.yaml", "ignore: [DL3OO8]\nfrobnicate: 1\n");
        string dockerfile = Write("Dockerfile", "FROM debian:12\n");
        var resolver = Resolver();
        resolver.ForFile(dockerfile);
        Assert.NotEmpty(resolver.Errors);
        Assert.All(resolver.Errors, e => Assert.EndsWith(".dockerfile-lint.yaml", e.Path));
    }

    [Fact]
    public void A_configuration_becomes_the_options_the_command_line_lints_with()
    {
        Write(".dockerfile-lint.yaml", "preset: hadolint\nignore: [DL3006]\nseverity:\n  DL3007: error\n  DL3000: off\n" +
                                      "trusted-registries: [docker.io]\n");
        string dockerfile = Write("Dockerfile", "FROM debian:latest\nFROM ubuntu\nWORKDIR app\n");
        var options = Resolver().ForFile(dockerfile).ToLintOptions();
        Assert.Equal(Preset.Hadolint, options.Preset);
        Assert.Contains("DL3006", options.Ignore);
        Assert.Equal(["docker.io"], options.TrustedRegistries);

        var codes = new DockerfileLinter(options).LintFile(dockerfile).Diagnostics.Select(d => (d.Code, d.Severity)).ToList();
        Assert.Contains(("DL3007", Severity.Error), codes);
        Assert.DoesNotContain(codes, c => c.Code is "DL3006" or "DL3000");
    }

    [Theory]
    [InlineData(null, null, Severity.Warning, true)]
    [InlineData(null, null, Severity.Info, false)]
    [InlineData(Preset.Hadolint, null, Severity.Info, true)]
    [InlineData(Preset.Hadolint, null, Severity.Style, false)]
    [InlineData(null, FailureThreshold.Error, Severity.Warning, false)]
    [InlineData(null, FailureThreshold.Style, Severity.Style, true)]
    [InlineData(null, FailureThreshold.None, Severity.Error, false)]
    public void The_exit_policy_follows_the_threshold_and_the_preset(Preset? preset, FailureThreshold? threshold, Severity found, bool fails)
    {
        var configuration = new LinterConfiguration { Preset = preset, FailureThreshold = threshold };
        var diagnostic = new Diagnostic { Code = "DL3007", RuleName = "latest-tag", Severity = found, Message = "m", Span = default, Location = default };
        Assert.Equal(fails, configuration.Fails([diagnostic]));
        Assert.False(configuration.Fails([]));
        Assert.False((configuration with { NoFail = true }).Fails([diagnostic]));
    }

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData(" Warning ", Severity.Warning)]
    [InlineData("off", null)]
    [InlineData("ignore", null)]
    [InlineData("NONE", null)]
    public void One_severity_setting_parser_for_command_line_and_files(string text, Severity? expected)
    {
        Assert.True(SeverityNames.TryParseSetting(text, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.False(SeverityNames.TryParseSetting("loud", out _));
    }
}
