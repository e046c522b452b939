using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary>Typed rule settings: declared on the descriptor, validated in options and configuration, read with their kind.</summary>
public class RuleSettingAccessTests
{
    /// <summary>Reports the three settings it declares, as it reads them, on every FROM.</summary>
    private sealed class SettingsRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Code = "DF9905", Name = "settings-reader", Title = "t", MessageFormat = "{0} {1} {2}", Category = RuleCategory.Meta,
            DefaultSeverity = Severity.Warning, Docs = "## What it does\ntest\n",
            Settings =
            [
                new RuleSetting("limit", RuleSettingKind.PositiveInteger, "7"),
                new RuleSetting("strict", RuleSettingKind.Boolean, "false"),
                new RuleSetting("prefix", RuleSettingKind.Text, "acme/"),
            ],
        };

        public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>((from, context) =>
            context.Report(from.Keyword.Span, context.GetIntegerSetting("limit"), context.GetBooleanSetting("strict"), context.GetTextSetting("prefix")));
    }

    /// <summary>Reads a setting it does not declare.</summary>
    private sealed class UndeclaredSettingRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9906", "undeclared-setting");

        public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FromInstruction>((from, context) =>
            context.Report(from.Keyword.Span, context.GetIntegerSetting("limit")));
    }

    private static string Message(LintOptions options) =>
        Assert.Single(new DockerfileLinter(options, [new SettingsRule()]).Lint("FROM a:1\n").Diagnostics).Message;

    [Fact]
    public void Unset_settings_read_as_their_declared_defaults()
    {
        Assert.Equal("7 False acme/", Message(new LintOptions()));
    }

    [Fact]
    public void Given_settings_read_with_their_kind_by_code_or_name()
    {
        var options = new LintOptions();
        options.RuleSettings["settings-reader"] = new Dictionary<string, string> { ["LIMIT"] = " 12 ", ["strict"] = "True", ["prefix"] = "corp/" };
        Assert.Equal("12 True corp/", Message(options));
    }

    [Theory]
    [InlineData("strict", "maybe", "setting 'strict' of DF9905 must be true or false, got 'maybe'")]
    [InlineData("limit", "-1", "setting 'limit' of DF9905 must be a whole number greater than 0, got '-1'")]
    [InlineData("limt", "3", "unknown setting 'limt' of DF9905 (did you mean 'limit'?)")]
    public void Bad_settings_are_refused_when_the_linter_is_created(string name, string value, string message)
    {
        var options = new LintOptions();
        options.RuleSettings["DF9905"] = new Dictionary<string, string> { [name] = value };
        var error = Assert.Throws<ArgumentException>(() => new DockerfileLinter(options, [new SettingsRule()]));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_reader_checks_a_boolean_setting()
    {
        var rules = new[] { new SettingsRule().Descriptor };
        var read = ConfigurationReader.Read("settings:\n  DF9905:\n    strict: sometimes\n", "/r/.dockerfile-lint.yaml", ConfigurationDialect.Native, rules);
        var error = Assert.Single(read.Errors);
        Assert.Equal("setting 'strict' of DF9905 must be true or false, got 'sometimes'", error.Message);
        Assert.Equal(3, error.Line);
        Assert.True(ConfigurationReader.Read("settings:\n  DF9905:\n    strict: true\n", "/r/.dockerfile-lint.yaml", ConfigurationDialect.Native, rules).Succeeded);
    }

    [Fact]
    public void A_rule_reading_a_setting_it_does_not_declare_fails_as_DF0000()
    {
        var result = new DockerfileLinter(new LintOptions(), [new UndeclaredSettingRule()]).Lint("FROM a:1\n");
        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("DF9906", failure.RuleCode);
        Assert.Contains("does not declare it", failure.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_the_kind_does_not_accept_is_refused()
    {
        var rule = new FromRule(new RuleDescriptor
        {
            Code = "DF9907", Name = "bad-default", Title = "t", MessageFormat = "{0}", Category = RuleCategory.Meta,
            DefaultSeverity = Severity.Warning, Docs = "## What it does\ntest\n",
            Settings = [new RuleSetting("limit", RuleSettingKind.PositiveInteger, "none")],
        });
        var error = Assert.Throws<ArgumentException>(() => new DockerfileLinter(new LintOptions(), [rule]));
        Assert.Contains("setting 'limit' of DF9907 has the default 'none'", error.Message, StringComparison.Ordinal);
    }
}
