using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.Reporting;

namespace Dockerfile.Linter.Tests.Configuration;

public class ConfigurationReaderTests
{
    private static readonly IReadOnlyCollection<RuleDescriptor> Rules = SampleReports.Rules.ToArray();

    private static ConfigurationReadResult Native(string yaml) =>
        ConfigurationReader.Read(yaml, "/repo/.dockerfile-lint.yaml", ConfigurationDialect.Native, Rules);

    private static ConfigurationReadResult Hadolint(string yaml) =>
        ConfigurationReader.Read(yaml, "/repo/.hadolint.yaml", ConfigurationDialect.Hadolint, Rules);

    [Fact]
    public void Reads_every_native_key()
    {
        var result = Native("""
            ignore: [DL3007, apt-get-unpinned-package]
            enable:
              - DF9001
            severity:
              DL3011: warning
              DL3015: off
            failure-threshold: warning
            no-fail: true
            trusted-registries: [docker.io, "*.corp.example"]
            label-schema:
              maintainer: email
              version: semver
            strict-labels: true
            context: ../ctx
            format: sarif
            disable-inline-suppressions: true
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var c = result.Configuration;
        Assert.Equal(["DL3007", "DL3008"], c.Ignore);
        Assert.Equal(["DF9001"], c.Enable);
        Assert.Equal(Severity.Warning, c.Severity["DL3011"]);
        Assert.True(c.Severity.ContainsKey("DL3015"));
        Assert.Null(c.Severity["DL3015"]);
        Assert.Equal(FailureThreshold.Warning, c.FailureThreshold);
        Assert.True(c.NoFail);
        Assert.Equal(["docker.io", "*.corp.example"], c.TrustedRegistries);
        Assert.Equal("email", c.LabelSchema["maintainer"]);
        Assert.True(c.StrictLabels);
        Assert.Equal(Path.GetFullPath("/ctx"), c.Context);
        Assert.Equal("sarif", c.Format);
        Assert.True(c.DisableInlineSuppressions);
        Assert.Equal("/repo/.dockerfile-lint.yaml", c.SourcePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void Empty_files_are_an_empty_configuration(string yaml)
    {
        var result = Native(yaml);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Configuration.Ignore);
        Assert.Null(result.Configuration.FailureThreshold);
    }

    [Theory]
    [InlineData("ignore: [DL3007]\nignored: [DL3008]\n", 2, 1, "unknown key 'ignored'")]
    [InlineData("ignore: [DL3007, DL9999]\n", 1, 18, "unknown rule 'DL9999'")]
    [InlineData("no-fail: maybe\n", 1, 10, "'no-fail' must be true or false")]
    [InlineData("failure-threshold: fatal\n", 1, 20, "'failure-threshold' must be")]
    [InlineData("ignore: DL3007\n", 1, 9, "'ignore' must be a list of rule codes")]
    [InlineData("severity:\n  DL3007: loud\n", 2, 11, "severity of 'DL3007' must be")]
    [InlineData("severity: [DL3007]\n", 1, 11, "'severity' must be a mapping")]
    [InlineData("label-schema:\n  a: colour\n", 2, 6, "label type of 'a' must be one of")]
    [InlineData("format: xml\n", 1, 9, "'format' must be one of")]
    [InlineData("- just\n- a list\n", 1, 1, "must be a mapping")]
    [InlineData("ignore: [DL3007\n", 2, 1, "invalid YAML")]
    [InlineData("ignore: [DL3007]\nignore: [DL3008]\n", 2, 1, "invalid YAML")]
    public void Errors_name_the_file_line_column_and_problem(string yaml, int line, int column, string message)
    {
        var result = Native(yaml);
        Assert.False(result.Succeeded);
        var error = result.Errors[0];
        Assert.Equal("/repo/.dockerfile-lint.yaml", error.Path);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"/repo/.dockerfile-lint.yaml:{line}:{column}: ", error.ToString());
    }

    [Fact]
    public void ShellCheck_codes_the_linter_implements_are_rules_and_the_others_are_noted()
    {
        var all = Dockerfile.Linter.Rules.RuleRegistry.All.Select(r => r.Descriptor).ToArray();
        var result = ConfigurationReader.Read("ignored: [DL3007, SC2086, SC2129]\n", ".hadolint.yaml", ConfigurationDialect.Hadolint, all);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["DL3007", "SC2086"], result.Configuration.Ignore);
        Assert.Equal(["SC2129"], result.ShellCheckCodes);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Reads_hadolint_configuration()
    {
        var result = Hadolint("""
            ignored: [DL3007, SC2086, SC2164]
            override:
              error: [DL3008]
              style: [DL3008, DL3011]
              info: [DL3015]
            trustedRegistries:
              - docker.io
            label-schema:
              author: text
              url: ""
            strict-labels: false
            failure-threshold: none
            no-fail: false
            format: json
            disable-ignore-pragma: true
            no-color: true
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var c = result.Configuration;
        Assert.Equal(ConfigurationDialect.Hadolint, c.Dialect);
        Assert.Equal(["DL3007"], c.Ignore);   // the sample rule list has no ShellCheck rules
        Assert.Equal(Severity.Error, c.Severity["DL3008"]); // error beats style, as in hadolint
        Assert.Equal(Severity.Style, c.Severity["DL3011"]);
        Assert.Equal(Severity.Info, c.Severity["DL3015"]);
        Assert.Equal(["docker.io"], c.TrustedRegistries);
        Assert.Equal("text", c.LabelSchema["url"]);
        Assert.Equal(FailureThreshold.Style, c.FailureThreshold); // hadolint's none: every finding fails
        Assert.Equal("hadolint-json", c.Format);
        Assert.True(c.DisableInlineSuppressions);
        // ShellCheck codes not implemented here are collected for one note per run, not warned about per file.
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("SC2164"));
        Assert.Equal(["SC2086", "SC2164"], result.ShellCheckCodes);
        Assert.Contains(result.Warnings, w => w.Message.Contains("no-color"));
    }

    [Fact]
    public void Hadolint_trusted_registries_must_be_a_list_as_in_hadolint()
    {
        var result = Hadolint("trustedRegistries: docker.io\n");
        Assert.False(result.Succeeded);
        Assert.Contains("'trustedRegistries' must be a list", result.Errors[0].Message);
    }

    [Fact]
    public void Our_keys_are_unknown_in_a_hadolint_file()
    {
        var result = Hadolint("ignore: [DL3007]\n");
        Assert.Contains("unknown hadolint key 'ignore'", result.Errors[0].Message);
    }

    [Fact]
    public void Dialect_follows_the_file_name()
    {
        Assert.Equal(ConfigurationDialect.Hadolint, ConfigurationReader.DialectOf("/x/.hadolint.yml"));
        Assert.Equal(ConfigurationDialect.Hadolint, ConfigurationReader.DialectOf("/home/u/.config/hadolint.yaml"));
        Assert.Equal(ConfigurationDialect.Native, ConfigurationReader.DialectOf("/x/.dockerfile-lint.yaml"));
        Assert.Equal(ConfigurationDialect.Native, ConfigurationReader.DialectOf("/x/custom.yaml"));
    }

    [Fact]
    public void A_directory_or_missing_file_is_an_error()
    {
        string dir = Path.Combine(Path.GetTempPath(), "dfl-cfg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            Assert.Contains("is a directory", ConfigurationReader.ReadFile(dir, Rules).Errors[0].Message);
            Assert.Contains("not found", ConfigurationReader.ReadFile(Path.Combine(dir, "nope.yaml"), Rules).Errors[0].Message);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Merge_lets_the_higher_layer_win_scalars_and_concatenates_lists()
    {
        var file = new LinterConfiguration
        {
            Ignore = ["DL3007"], TrustedRegistries = ["a.io"], FailureThreshold = FailureThreshold.Error, NoFail = true,
            Severity = new Dictionary<string, Severity?> { ["DL3008"] = Severity.Error, ["DL3011"] = Severity.Info },
            LabelSchema = new Dictionary<string, string> { ["x"] = "text" }, Format = "json",
        };
        var cli = new LinterConfiguration
        {
            Ignore = ["DL3015", "dl3007"], TrustedRegistries = ["b.io"], FailureThreshold = FailureThreshold.Style,
            Severity = new Dictionary<string, Severity?> { ["DL3008"] = null },
        };
        var merged = file.MergedWith(cli);
        Assert.Equal(["DL3007", "DL3015"], merged.Ignore);
        Assert.Equal(["a.io", "b.io"], merged.TrustedRegistries);
        Assert.Equal(FailureThreshold.Style, merged.FailureThreshold);
        Assert.True(merged.NoFail);
        Assert.Null(merged.Severity["DL3008"]);
        Assert.Equal(Severity.Info, merged.Severity["DL3011"]);
        Assert.Equal("json", merged.Format);
    }
}
