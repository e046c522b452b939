using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

public class RuleEngineTests
{
    private static List<string> Messages(string text, params Rule[] rules) =>
        new DockerfileLinter(rules: rules).Lint(text).Diagnostics.Select(d => d.Message).ToList();

    [Fact]
    public void Callbacks_see_stage_and_onbuild_context()
    {
        const string text = "ARG V=1\nFROM a:1 AS one\nONBUILD COPY x y\nFROM one\nRUN x\n";
        var messages = Messages(text, new RecordingRule());
        Assert.Equal(
        [
            "file stage=-",
            "instruction ARG stage=- onbuild=False parent=-",
            "instruction FROM stage=0 onbuild=False parent=-",
            "stage 0 current=0",
            "instruction ONBUILD stage=0 onbuild=False parent=-",
            "instruction COPY stage=0 onbuild=True parent=ONBUILD",
            "transfer COPY",
            "instruction FROM stage=1 onbuild=False parent=-",
            "stage 1 current=1",
            "instruction RUN stage=1 onbuild=False parent=-",
        ], messages);
    }

    [Theory]
    [InlineData(true, "COPY,ONBUILD,COPY*,RUN,npm,ONBUILD,RUN*,npm*")]
    [InlineData(false, "COPY,ONBUILD,RUN,npm,ONBUILD")]
    public void Onbuild_triggers_reach_only_rules_that_include_them(bool include, string expected)
    {
        const string text = "FROM a:1\nCOPY x y\nONBUILD COPY a b\nRUN npm ci\nONBUILD RUN npm ci\n";
        var rule = new TriggerAwareRule(include);
        Assert.Equal(expected.Split(','), Messages(text, rule));
    }

    [Fact]
    public void Diagnostics_are_sorted_by_position_then_code()
    {
        var result = new DockerfileLinter(rules: [new RecordingRule(), new FromRule(TestRules.Descriptor("DF9900", "from"))])
            .Lint("FROM a:1\nRUN b\n");
        var keys = result.Diagnostics.Select(d => (d.Span.Start, d.Code)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Start).ThenBy(k => k.Code, StringComparer.Ordinal), keys);
        Assert.Equal("DF9900", result.Diagnostics.First(d => d.Span.Start == 0 && !d.Span.IsEmpty).Code);
    }

    [Fact]
    public void Diagnostics_carry_path_location_name_and_severity()
    {
        var rule = new FromRule(TestRules.Descriptor("DF9900", "from-rule", "image {0}", severity: Severity.Style));
        var d = new DockerfileLinter(rules: [rule]).Lint("# c\n  FROM a:1\n", "dir/Dockerfile").Diagnostics.Single();
        Assert.Equal(("DF9900", "from-rule", Severity.Style, "image a:1", "dir/Dockerfile"), (d.Code, d.RuleName, d.Severity, d.Message, d.Path));
        Assert.Equal(new LinePosition(2, 3), d.Location.Start);
        Assert.Equal(new LinePosition(2, 7), d.Location.End);
    }

    [Theory]
    [InlineData("DF9900")]
    [InlineData("df9900")]
    [InlineData("from-rule")]
    [InlineData("FromAlias")]
    public void Ignore_accepts_code_name_or_alias(string reference)
    {
        var rule = new FromRule(TestRules.Descriptor("DF9900", "from-rule", aliases: "FromAlias"));
        var linter = new DockerfileLinter(new LintOptions { Ignore = { reference } }, [rule]);
        Assert.Empty(linter.Lint("FROM a:1\n").Diagnostics);
        Assert.Null(linter.GetConfiguredSeverity(rule.Descriptor));
    }

    [Fact]
    public void Off_by_default_rules_run_when_enabled_or_given_a_severity()
    {
        var rule = new FromRule(TestRules.Descriptor("DF9900", "opt-in", enabledByDefault: false));
        Assert.Empty(new DockerfileLinter(rules: [rule]).Lint("FROM a:1\n").Diagnostics);
        Assert.Single(new DockerfileLinter(new LintOptions { Enable = { "opt-in" } }, [rule]).Lint("FROM a:1\n").Diagnostics);
        var overridden = new DockerfileLinter(new LintOptions { SeverityOverrides = { ["DF9900"] = Severity.Error } }, [rule]);
        Assert.Equal(Severity.Error, overridden.Lint("FROM a:1\n").Diagnostics.Single().Severity);
    }

    [Fact]
    public void A_null_severity_override_turns_a_rule_off()
    {
        var rule = new FromRule(TestRules.Descriptor("DF9900", "from"));
        var linter = new DockerfileLinter(new LintOptions { SeverityOverrides = { ["DF9900"] = null } }, [rule]);
        Assert.Empty(linter.Lint("FROM a:1\n").Diagnostics);
    }

    [Fact]
    public void Unknown_rule_references_in_the_options_are_refused_at_construction_with_a_suggestion()
    {
        var e = Assert.Throws<ArgumentException>(() => new DockerfileLinter(new LintOptions { Ignore = { "DL3OO8", "DL3000" } }));
        Assert.Equal("options", e.ParamName);
        Assert.Contains("LintOptions.Ignore: unknown rule 'DL3OO8' (did you mean 'DL3008'?)", e.Message);
        Assert.DoesNotContain("'DL3000'", e.Message);

        var enable = Assert.Throws<ArgumentException>(() => new DockerfileLinter(new LintOptions { Enable = { "latest" } }));
        Assert.Contains("LintOptions.Enable: unknown rule 'latest' (did you mean 'latest-tag'", enable.Message);
        var severity = Assert.Throws<ArgumentException>(() =>
            new DockerfileLinter(new LintOptions { SeverityOverrides = { ["nope-nothing-like-it"] = Severity.Error } }));
        Assert.Contains("LintOptions.SeverityOverrides: unknown rule 'nope-nothing-like-it'", severity.Message);
    }

    [Fact]
    public void Rule_settings_are_checked_against_the_settings_each_rule_declares()
    {
        LintOptions With(string rule, string name, string value) =>
            new() { RuleSettings = { [rule] = new Dictionary<string, string> { [name] = value } } };

        var linter = new DockerfileLinter(With("long-line", "MAX-LENGTH", "100"));
        Assert.NotNull(linter);
        Assert.Contains("unknown setting 'max-lenght' of DF1201 (did you mean 'max-length'?)",
            Assert.Throws<ArgumentException>(() => new DockerfileLinter(With("DF1201", "max-lenght", "100"))).Message);
        Assert.Contains("setting 'max-length' of DF1201 must be a whole number greater than 0, got 'wide'",
            Assert.Throws<ArgumentException>(() => new DockerfileLinter(With("DF1201", "max-length", "wide"))).Message);
        Assert.Contains("rule DL3008 (apt-get-unpinned-package) has no settings",
            Assert.Throws<ArgumentException>(() => new DockerfileLinter(With("DL3008", "max", "1"))).Message);
        Assert.Contains("LintOptions.RuleSettings: unknown rule 'DF9999'",
            Assert.Throws<ArgumentException>(() => new DockerfileLinter(With("DF9999", "max", "1"))).Message);
    }

    [Fact]
    public void A_rule_registered_twice_is_refused()
    {
        var rule = new FromRule(TestRules.Descriptor("DF9900", "from"));
        var twice = Assert.Throws<ArgumentException>(() => new DockerfileLinter(rules: [rule, rule]));
        Assert.Equal("rules", twice.ParamName);
        Assert.Contains("'DF9900' registered more than once", twice.Message);

        var sameCode = new FromRule(TestRules.Descriptor("DF9900", "another-name"));
        Assert.Throws<ArgumentException>(() => new DockerfileLinter(rules: [rule, sameCode]));
        var builtInCode = new FromRule(TestRules.Descriptor("DL3007", "my-latest"));
        Assert.Throws<ArgumentException>(() => new DockerfileLinter(rules: [.. RuleRegistry.All, builtInCode]));
        Assert.Single(new DockerfileLinter(rules: [rule]).Lint("FROM a:1\n").Diagnostics);
    }

    [Fact]
    public void Ignoring_the_BuildKit_name_also_silences_the_hadolint_rule_of_the_same_problem()
    {
        const string text = "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n";
        var hadolint = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint });
        Assert.Contains(hadolint.Lint(text).Diagnostics, d => d.Code == "DL4003");
        var linter = new DockerfileLinter(new LintOptions { Preset = Preset.Hadolint, Ignore = { "MultipleInstructionsDisallowed" } });
        Assert.Null(linter.GetConfiguredSeverity(RuleRegistry.Find("DF6013")!.Descriptor));
        Assert.NotNull(linter.GetConfiguredSeverity(RuleRegistry.Find("DL4003")!.Descriptor));
        Assert.DoesNotContain(linter.Lint(text).Diagnostics, d => d.Code is "DL4003" or "DF6013");
    }

    [Fact]
    public void Linter_is_reusable_across_threads()
    {
        var linter = new DockerfileLinter();
        var texts = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? $"FROM a{i}\nWORKDIR w{i}\n" : $"FROM a:{i}\nMAINTAINER m{i}\n").ToArray();
        var expected = texts.Select(t => string.Join("|", linter.Lint(t).Diagnostics.Select(d => d.Code + d.Message))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, i => actual[i] = string.Join("|", linter.Lint(texts[i]).Diagnostics.Select(d => d.Code + d.Message)));
        Assert.Equal(expected, actual);
        Assert.All(expected, e => Assert.NotEmpty(e));
    }

    [Fact]
    public void LintFiles_keeps_input_order_and_LintFile_reads_utf8_with_bom()
    {
        string dir = Directory.CreateTempSubdirectory("dfl-engine-").FullName;
        try
        {
            string a = Path.Combine(dir, "a.Dockerfile"), b = Path.Combine(dir, "b.Dockerfile");
            File.WriteAllText(a, "FROM alpine:3.20\nWORKDIR a\nUSER 65534\n", new System.Text.UTF8Encoding(true));
            File.WriteAllText(b, "FROM alpine:3.20\nMAINTAINER me\nUSER 65534\n");
            var results = new DockerfileLinter().LintFiles([b, a]);
            Assert.Equal([b, a], results.Select(r => r.Path));
            Assert.Equal("DL4000", results[0].Diagnostics.Single().Code);
            var workdir = results[1].Diagnostics.Single();
            Assert.Equal("DL3000", workdir.Code);
            Assert.Equal(new LinePosition(2, 9), workdir.Location.Start);
            Assert.Equal(a, workdir.Path);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_parsed_tree_can_be_linted_directly()
    {
        var syntax = Dockerfile.Linter.Parsing.DockerfileParser.Parse("FROM alpine:3.20\nWORKDIR app\nUSER 65534\n", "some/Dockerfile");
        var result = new DockerfileLinter().Lint(syntax);
        Assert.Same(syntax, result.Syntax);
        Assert.Equal("some/Dockerfile", result.Path);
        Assert.Equal("some/Dockerfile", result.Diagnostics.Single().Path);
    }

    [Fact]
    public void LintFiles_propagates_io_errors()
    {
        string missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "Dockerfile");
        Assert.ThrowsAny<IOException>(() => new DockerfileLinter().LintFiles([missing]));
        Assert.ThrowsAny<IOException>(() => new DockerfileLinter().LintFile(missing));
    }

    [Fact]
    public void Rules_lists_every_rule_sorted_by_code()
    {
        var codes = new DockerfileLinter().Rules.Select(r => r.Code).ToList();
        Assert.Equal(RuleRegistry.All.Select(r => r.Descriptor.Code), codes);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }
}
