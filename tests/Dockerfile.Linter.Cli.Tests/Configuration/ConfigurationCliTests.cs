namespace Dockerfile.Linter.Cli.Tests.Configuration;

public class ConfigurationCliTests
{
    private static readonly string[] Only = Samples.OnlyRules("DL3007", "DL4000");

    [Fact]
    public void Config_in_a_parent_folder_applies_to_files_below_it()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\n");
        dir.Write("svc/api/Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu"));
        Assert.Contains("[DL3007]", run.Out);
        Assert.DoesNotContain("[DL4000]", run.Out);
    }

    [Fact]
    public void Each_file_uses_its_nearest_config()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\n");
        dir.Write("legacy/.dockerfile-lint.yaml", "ignore: [DL3007]\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        dir.Write("legacy/Dockerfile", Samples.LatestAndMaintainer);
        var lines = CliRunner.Run(dir.Path, Only.With("-f", "gnu")).Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Dockerfile:1:6: warning:", lines[0]);
        Assert.StartsWith("legacy/Dockerfile:2:1: info:", lines[1]);
    }

    [Fact]
    public void Command_line_beats_the_config_file_and_lists_merge()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\nfailure-threshold: error\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        // The file's threshold (error) lets the warning pass...
        Assert.Equal(0, CliRunner.Run(dir.Path, Only.With("Dockerfile")).ExitCode);
        // ...the command line's wins.
        Assert.Equal(1, CliRunner.Run(dir.Path, Only.With("--failure-threshold", "warning", "Dockerfile")).ExitCode);
        // --ignore adds to the file's list instead of replacing it.
        var run = CliRunner.Run(dir.Path, Only.With("--ignore", "DL3007", "-f", "gnu", "Dockerfile"));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Severity_in_config_changes_findings_and_off_removes_them()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "severity:\n  DL3007: error\n  MaintainerDeprecated: off\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal("Dockerfile:1:6: error: ", run.Out[..23]);
        Assert.DoesNotContain("DL4000", run.Out);
    }

    [Fact]
    public void Explicit_config_replaces_lookup()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\n");
        dir.Write("ci/strict.yaml", "ignore: [DL3007]\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("--config", "ci/strict.yaml", "-f", "gnu", "Dockerfile"));
        Assert.Contains("[DL4000]", run.Out);
        Assert.DoesNotContain("[DL3007]", run.Out);
    }

    [Fact]
    public void Format_from_config_is_used_when_not_given()
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", "format: gnu\n");
        dir.Write("Dockerfile", Samples.Latest);
        Assert.StartsWith("Dockerfile:1:6: warning: ", CliRunner.Run(dir.Path, Only.With("Dockerfile")).Out);
        Assert.StartsWith("[{\"line\":1", CliRunner.Run(dir.Path, Only.With("-f", "hadolint-json", "Dockerfile")).Out);
    }

    [Theory]
    [InlineData("ignore: [DL3007\n", ".dockerfile-lint.yaml:2:1: invalid YAML")]
    [InlineData("colour: red\n", ".dockerfile-lint.yaml:1:1: unknown key 'colour'")]
    [InlineData("ignore: [NOPE1234]\n", ".dockerfile-lint.yaml:1:10: unknown rule 'NOPE1234'")]
    [InlineData("no-fail: 3\n", ".dockerfile-lint.yaml:1:10: 'no-fail' must be true or false")]
    [InlineData("settings:\n  long-line:\n    max-lenght: 100\n", ".dockerfile-lint.yaml:3:5: unknown setting 'max-lenght' of DF1201 (did you mean 'max-length'?)")]
    [InlineData("settings:\n  DF1202:\n    max-commands: many\n", ".dockerfile-lint.yaml:3:19: setting 'max-commands' of DF1202 must be a whole number greater than 0, got 'many'")]
    public void Invalid_config_exits_2_with_file_line_and_message(string yaml, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write(".dockerfile-lint.yaml", yaml);
        dir.Write("Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dockerfile-lint: " + expected, run.Error);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Config_path_that_is_a_directory_exits_2()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "conf"));
        dir.Write("Dockerfile", Samples.Latest);
        var run = CliRunner.Run(dir.Path, "--config", "conf", "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("dockerfile-lint: conf: is a directory, not a configuration file\n", run.Error);
    }

    [Fact]
    public void Missing_explicit_config_exits_2()
    {
        using var dir = TempDirectory.WithDockerfile(Samples.Latest);
        var run = CliRunner.Run(dir.Path, "-c", "nope.yaml", "Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.yaml: configuration file not found", run.Error);
    }

    [Fact]
    public void Hadolint_config_works_as_is()
    {
        using var dir = new TempDirectory();
        dir.Write(".hadolint.yaml", "ignored:\n  - DL4000\n  - SC2086\noverride:\n  error:\n    - DL3007\nfailure-threshold: error\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Dockerfile:1:6: error: ", run.Out[..23]);
        Assert.DoesNotContain("DL4000", run.Out);
        // ShellCheck codes: no warning per file (the one-per-run note is for terminals, see HadolintCompatibilityTests).
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Native_config_wins_over_hadolint_config()
    {
        using var dir = new TempDirectory();
        dir.Write(".hadolint.yaml", "ignored: [DL3007]\n");
        dir.Write(".dockerfile-lint.yaml", "ignore: [DL4000]\n");
        dir.Write("Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(dir.Path, Only.With("-f", "gnu", "Dockerfile"));
        Assert.Contains("[DL3007]", run.Out);
        Assert.DoesNotContain("[DL4000]", run.Out);
    }

    [Fact]
    public void User_config_applies_when_the_repository_has_none()
    {
        using var dir = new TempDirectory();
        dir.Write("home-config/dockerfile-lint/config.yaml", "ignore: [DL3007]\n");
        dir.Write("project/.git/HEAD", "");
        dir.Write("project/Dockerfile", Samples.LatestAndMaintainer);
        var run = CliRunner.Run(Path.Combine(dir.Path, "project"), Only.With("-f", "gnu", "Dockerfile"),
            environment: new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = Path.Combine(dir.Path, "home-config") });
        Assert.DoesNotContain("[DL3007]", run.Out);
        Assert.Contains("[DL4000]", run.Out);
    }

    [Fact]
    public void Stdin_uses_the_config_found_from_its_stdin_filename()
    {
        using var dir = new TempDirectory();
        dir.Write("svc/.dockerfile-lint.yaml", "ignore: [DL4000]\nformat: gnu\n");
        var run = CliRunner.Run(dir.Path, Only.With("--stdin-filename", "svc/Dockerfile", "-"), stdin: Samples.LatestAndMaintainer);
        Assert.Equal("svc/Dockerfile:1:6: warning: ", run.Out[..29]);
        Assert.DoesNotContain("DL4000", run.Out);
    }

    [Fact]
    public void Config_schema_lists_exactly_the_keys_the_reader_accepts()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint.schema.json")));
        var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var result = Dockerfile.Linter.Configuration.ConfigurationReader.Read($"{key}: ~\n", "x.yaml",
                Dockerfile.Linter.Configuration.ConfigurationDialect.Native, []);
            Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("unknown key", StringComparison.Ordinal));
        }
        var unknown = Dockerfile.Linter.Configuration.ConfigurationReader.Read("colour: ~\n", "x.yaml",
            Dockerfile.Linter.Configuration.ConfigurationDialect.Native, []);
        var message = Assert.Single(unknown.Errors).Message;
        foreach (var key in keys) Assert.Contains(key, message);
    }
}

public class ConfigurationSchemaEnumTests
{
    [Fact]
    public void Schema_lists_every_format_and_failure_threshold_name()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        string[] Enum(string key) => properties.GetProperty(key).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(Dockerfile.Linter.Reporting.ReportFormatNames.All, Enum("format"));
        Assert.Equal(Dockerfile.Linter.Configuration.FailureThresholdNames.All, Enum("failure-threshold"));
    }
}

public class ConfigurationSchemaSettingsTests
{
    [Fact]
    public void Schema_declares_each_rule_setting_with_its_type_and_default()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint.schema.json")));
        var root = schema.RootElement;
        var byRule = root.GetProperty("properties").GetProperty("settings").GetProperty("properties");
        var withSettings = Dockerfile.Linter.Rules.RuleRegistry.All.Select(r => r.Descriptor).Where(d => !d.Settings.IsEmpty).ToList();
        Assert.NotEmpty(withSettings);
        Assert.Equal(withSettings.SelectMany(d => new[] { d.Code, d.Name }).Order(StringComparer.Ordinal),
            byRule.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var rule in withSettings)
        {
            string reference = byRule.GetProperty(rule.Code).GetProperty("$ref").GetString()!;
            Assert.Equal(reference, byRule.GetProperty(rule.Name).GetProperty("$ref").GetString());
            var declared = root.GetProperty("definitions").GetProperty(reference.Split('/')[^1]).GetProperty("properties");
            Assert.Equal(rule.Settings.Select(s => s.Name).Order(StringComparer.Ordinal), declared.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            foreach (var setting in rule.Settings)
            {
                var entry = declared.GetProperty(setting.Name);
                Assert.Equal(Dockerfile.Linter.Cli.Commands.RulesCommand.SettingType(setting.Kind), entry.GetProperty("type").GetString());
                Assert.Equal(setting.DefaultValue, entry.GetProperty("default").ToString());
                Assert.Equal(setting.Description, entry.GetProperty("description").GetString());
            }
        }
    }
}

public class RuleSettingsCliTests
{
    [Fact]
    public void Settings_in_the_config_file_reach_the_rules()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", "FROM debian:12\nRUN echo one two three four five\n");
        var only = Samples.OnlyRules("DF1201").With("-f", "gnu", "--enable", "DF1201", "Dockerfile");
        Assert.DoesNotContain("DF1201", CliRunner.Run(dir.Path, only).Out);
        dir.Write(".dockerfile-lint.yaml", "settings:\n  long-line:\n    max-length: 20\n");
        Assert.Contains("Line is 32 characters long (limit 20)", CliRunner.Run(dir.Path, only).Out);
    }
}
