using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class PresetTests
{
    /// <summary>
    /// hadolint's rule set with its default severities (hadolint's README and <c>Process.hs</c>; see
    /// <c>shared/notes/hadolint.md</c>). Null: the rule exists in hadolint but is off (severity <c>ignore</c>).
    /// DL3026 and the label-schema rules run in hadolint only when configured; they are "on" here as in hadolint.
    /// </summary>
    private static readonly Dictionary<string, Severity?> HadolintDefaults = new()
    {
        ["DL1000"] = Severity.Error, ["DL1001"] = null,
        ["DL3000"] = Severity.Error, ["DL3001"] = Severity.Info, ["DL3002"] = Severity.Warning, ["DL3003"] = Severity.Warning,
        ["DL3004"] = Severity.Error, ["DL3006"] = Severity.Warning, ["DL3007"] = Severity.Warning, ["DL3008"] = Severity.Warning,
        ["DL3009"] = Severity.Info, ["DL3010"] = Severity.Info, ["DL3011"] = Severity.Error, ["DL3012"] = Severity.Error,
        ["DL3013"] = Severity.Warning, ["DL3014"] = Severity.Warning, ["DL3015"] = Severity.Info, ["DL3016"] = Severity.Warning,
        ["DL3018"] = Severity.Warning, ["DL3019"] = Severity.Info, ["DL3020"] = Severity.Error, ["DL3021"] = Severity.Error,
        ["DL3022"] = Severity.Warning, ["DL3023"] = Severity.Error, ["DL3024"] = Severity.Error, ["DL3025"] = Severity.Warning,
        ["DL3026"] = Severity.Error, ["DL3027"] = Severity.Warning, ["DL3028"] = Severity.Warning, ["DL3029"] = Severity.Warning,
        ["DL3030"] = Severity.Warning, ["DL3032"] = Severity.Warning, ["DL3033"] = Severity.Warning, ["DL3034"] = Severity.Warning,
        ["DL3035"] = Severity.Warning, ["DL3036"] = Severity.Warning, ["DL3037"] = Severity.Warning, ["DL3038"] = Severity.Warning,
        ["DL3040"] = Severity.Warning, ["DL3041"] = Severity.Warning, ["DL3042"] = Severity.Warning, ["DL3043"] = Severity.Error,
        ["DL3044"] = Severity.Error, ["DL3045"] = Severity.Warning, ["DL3046"] = Severity.Warning, ["DL3047"] = Severity.Info,
        ["DL3048"] = Severity.Style, ["DL3049"] = Severity.Info, ["DL3050"] = Severity.Info, ["DL3051"] = Severity.Warning,
        ["DL3052"] = Severity.Warning, ["DL3053"] = Severity.Warning, ["DL3054"] = Severity.Warning, ["DL3055"] = Severity.Warning,
        ["DL3056"] = Severity.Warning, ["DL3057"] = null, ["DL3058"] = Severity.Warning, ["DL3059"] = Severity.Info,
        ["DL3060"] = Severity.Info, ["DL3061"] = Severity.Error, ["DL3062"] = Severity.Warning, ["DL3063"] = Severity.Warning,
        ["DL3064"] = Severity.Warning, ["DL3065"] = Severity.Warning, ["DL3066"] = Severity.Info, ["DL3067"] = Severity.Warning,
        ["DL4000"] = Severity.Error, ["DL4001"] = Severity.Warning, ["DL4003"] = Severity.Warning, ["DL4004"] = Severity.Error,
        ["DL4005"] = Severity.Warning, ["DL4006"] = Severity.Warning,
        // Not hadolint's, but a failure of the linter itself is reported whatever the preset.
        ["DF0000"] = Severity.Error,
        // hadolint runs ShellCheck on every RUN and reports its findings at ShellCheck's own severities.
        ["SC2006"] = Severity.Style, ["SC2016"] = Severity.Info, ["SC2046"] = Severity.Warning, ["SC2086"] = Severity.Info,
        ["SC2154"] = Severity.Warning, ["SC2155"] = Severity.Warning,
        ["SC1001"] = Severity.Info, ["SC1012"] = Severity.Warning, ["SC1072"] = Severity.Error, ["SC1083"] = Severity.Warning,
        ["SC1088"] = Severity.Error, ["SC3001"] = Severity.Warning, ["SC3009"] = Severity.Warning, ["SC3010"] = Severity.Warning,
        ["SC3014"] = Severity.Warning, ["SC3020"] = Severity.Warning, ["SC3037"] = Severity.Warning, ["SC3040"] = Severity.Warning,
        ["SC3044"] = Severity.Warning, ["SC3050"] = Severity.Warning, ["SC3060"] = Severity.Warning,
        // ShellCheck's other codes, from the shellcheck executable when --shellcheck asks for them (at their own levels).
        ["DF0004"] = Severity.Warning,
        ["SC2002"] = Severity.Style, ["SC2013"] = Severity.Info, ["SC2015"] = Severity.Info, ["SC2028"] = Severity.Info,
        ["SC2035"] = Severity.Info, ["SC2038"] = Severity.Warning, ["SC2043"] = Severity.Warning, ["SC2059"] = Severity.Info,
        ["SC2164"] = Severity.Warning, ["SC2174"] = Severity.Warning, ["SC2185"] = Severity.Info, ["SC2216"] = Severity.Warning,
        ["SC2251"] = Severity.Info,
    };

    private static readonly DockerfileLinter Hadolint = new(new LintOptions { Preset = Preset.Hadolint });

    [Fact]
    public void Hadolint_preset_runs_exactly_hadolints_rules_at_hadolints_default_severities()
    {
        var problems = new List<string>();
        foreach (var rule in Hadolint.Rules)
        {
            Severity? expected = HadolintDefaults.TryGetValue(rule.Code, out var level) ? level : null;
            Severity? actual = Hadolint.GetConfiguredSeverity(rule);
            if (expected != actual) problems.Add($"{rule.Code}: expected {expected?.ToString() ?? "off"}, got {actual?.ToString() ?? "off"}");
        }
        foreach (var code in HadolintDefaults.Keys.Where(c => Hadolint.Rules.All(r => r.Code != c)))
            problems.Add($"{code}: hadolint has it, we do not");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("DL1001")]
    [InlineData("DL3057")]
    public void Hadolint_preset_keeps_hadolints_opt_in_rules_off(string code)
    {
        var rule = Hadolint.Rules.Single(r => r.Code == code);
        Assert.Null(Hadolint.GetConfiguredSeverity(rule));
        var enabled = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint, Enable = { code } });
        Assert.NotNull(enabled.GetConfiguredSeverity(rule));
    }

    [Fact]
    public void Hadolint_preset_reports_what_hadolint_reports_and_nothing_of_ours()
    {
        const string text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCOPY . .\n";
        var hadolint = Hadolint.Lint(text).Diagnostics.Select(d => (d.Code, d.Severity)).ToHashSet();
        Assert.Contains(("DL3008", Severity.Warning), hadolint);
        Assert.Contains(("DL3009", Severity.Info), hadolint);
        Assert.Contains(("DL3015", Severity.Info), hadolint);
        Assert.DoesNotContain(hadolint, d => d.Code.StartsWith("DF", StringComparison.Ordinal));
        // DL3045 keeps hadolint's severity where it still fires (a relative COPY in a stage built from scratch).
        Assert.Contains(("DL3045", Severity.Warning),
            Hadolint.Lint("FROM scratch\nCOPY app .\n").Diagnostics.Select(d => (d.Code, d.Severity)));

        var recommended = new DockerfileLinter().Lint(text).Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.DoesNotContain("DL3008", recommended);
        Assert.Contains("DF4001", recommended);   // our own rule: the final stage runs as root
    }

    [Fact]
    public void Recommended_is_the_default_preset()
    {
        Assert.Equal(Preset.Recommended, new LintOptions().Preset);
        var linter = new DockerfileLinter();
        foreach (var rule in linter.Rules)
        {
            var setting = rule.GetPresetSetting(Preset.Recommended);
            Assert.Equal(setting.Enabled ? setting.Severity : null, linter.GetConfiguredSeverity(rule));
            Assert.Equal(new PresetSetting(rule.EnabledByDefault, rule.DefaultSeverity), setting);
        }
    }

    [Fact]
    public void All_preset_runs_every_rule_at_its_default_severity()
    {
        var linter = new DockerfileLinter(new LintOptions { Preset = Preset.All });
        Assert.All(linter.Rules, rule => Assert.Equal(rule.DefaultSeverity, linter.GetConfiguredSeverity(rule)));
        Assert.Contains(linter.Rules, r => !r.EnabledByDefault);
    }

    [Fact]
    public void Where_recommended_differs_from_hadolints_default_the_rule_says_why()
    {
        var missing = RuleRegistry.All.Select(r => r.Descriptor)
            .Where(d => d.Hadolint is { } h && h != d.GetPresetSetting(Preset.Recommended) && string.IsNullOrWhiteSpace(d.PresetRationale))
            .Select(d => d.Code).ToList();
        Assert.True(missing.Count == 0, "no PresetRationale: " + string.Join(", ", missing));
        Assert.Contains(RuleRegistry.All, r => r.Descriptor.Hadolint is { } h && h != r.Descriptor.GetPresetSetting(Preset.Recommended));
    }

    [Fact]
    public void Explicit_options_win_over_the_preset()
    {
        DockerfileLinter With(LintOptions o) => new(o);
        var dl3008 = RuleRegistry.All.Single(r => r.Descriptor.Code == "DL3008").Descriptor;
        var dl3007 = RuleRegistry.All.Single(r => r.Descriptor.Code == "DL3007").Descriptor;

        Assert.Null(With(new LintOptions()).GetConfiguredSeverity(dl3008));
        Assert.Equal(dl3008.DefaultSeverity, With(new LintOptions { Enable = { "DL3008" } }).GetConfiguredSeverity(dl3008));
        Assert.Equal(Severity.Error, With(new LintOptions { SeverityOverrides = { ["apt-get-unpinned-package"] = Severity.Error } }).GetConfiguredSeverity(dl3008));
        Assert.Null(With(new LintOptions { Preset = Preset.Hadolint, Ignore = { "DL3008" } }).GetConfiguredSeverity(dl3008));
        Assert.Null(With(new LintOptions { Preset = Preset.All, Ignore = { "DL3007" } }).GetConfiguredSeverity(dl3007));
        Assert.Equal(Severity.Style, With(new LintOptions { Preset = Preset.Hadolint, SeverityOverrides = { ["DL3007"] = Severity.Style } }).GetConfiguredSeverity(dl3007));
    }

    [Fact]
    public void A_custom_rule_declares_its_own_preset_settings()
    {
        var own = new ProbeRule(new RuleDescriptor
        {
            Code = "DF9950", Name = "probe", Title = "probe", MessageFormat = "{0}", Category = RuleCategory.Meta,
            DefaultSeverity = Severity.Info, EnabledByDefault = false, Docs = "## What it does\ntest\n",
            Hadolint = PresetSetting.On(Severity.Error),
        });
        var undeclared = new ProbeRule(TestRules.Descriptor("DF9951", "plain"));
        Severity[] Findings(Preset preset, Rule rule) =>
            new DockerfileLinter(new LintOptions { Preset = preset }, [rule]).Lint("FROM a:1\n").Diagnostics.Select(x => x.Severity).ToArray();

        Assert.Empty(Findings(Preset.Recommended, own));
        Assert.Equal([Severity.Error], Findings(Preset.Hadolint, own));
        Assert.Equal([Severity.Info], Findings(Preset.All, own));
        Assert.Equal([Severity.Warning], Findings(Preset.Recommended, undeclared));
        Assert.Empty(Findings(Preset.Hadolint, undeclared));   // not one of hadolint's rules
    }

    [Theory]
    [InlineData(Preset.Recommended, FailureThreshold.Warning)]
    [InlineData(Preset.Hadolint, FailureThreshold.Info)]
    [InlineData(Preset.All, FailureThreshold.Warning)]
    public void Each_preset_has_a_default_failure_threshold(Preset preset, FailureThreshold expected) =>
        Assert.Equal(expected, FailureThresholds.DefaultFor(preset));

    [Theory]
    [InlineData("recommended", Preset.Recommended)]
    [InlineData(" Hadolint ", Preset.Hadolint)]
    [InlineData("ALL", Preset.All)]
    public void Preset_names_round_trip(string name, Preset expected)
    {
        Assert.True(PresetNames.TryParse(name, out var preset));
        Assert.Equal(expected, preset);
        Assert.Equal(name.Trim().ToLowerInvariant(), PresetNames.ToName(preset));
        Assert.False(PresetNames.TryParse("strict", out _));
    }

    [Fact]
    public void Clone_keeps_the_preset() =>
        Assert.Equal(Preset.Hadolint, new LintOptions { Preset = Preset.Hadolint }.Clone().Preset);

    /// <summary>Reports the first FROM.</summary>
    private sealed class ProbeRule(RuleDescriptor descriptor) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = descriptor;

        public override void Register(RuleRegistrar registrar) =>
            registrar.OnInstruction<Dockerfile.Linter.Syntax.FromInstruction>((from, c) => c.Report(from.Keyword.Span, "probe"));
    }
}
