using Dockerfile.Linter.Cli.Linting;

namespace Dockerfile.Linter.Cli.Tests.Commands;

public class ParseAndRulesCommandTests
{
    [Fact]
    public void Parse_prints_the_buildkit_dump()
    {
        using var dir = TempDirectory.WithDockerfile("FROM alpine:3 AS base\nRUN echo hi\n");
        var run = CliRunner.Run(dir.Path, "parse", "--format", "buildkit", "Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("(from \"alpine:3\" \"AS\" \"base\")\n(run \"echo hi\")\n", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Parse_of_several_files_prints_headers_and_reports_errors_and_missing_files()
    {
        using var dir = new TempDirectory();
        dir.Write("good/Dockerfile", "FROM a\n");
        dir.Write("bad/Dockerfile", "FROM a\nRUN <<EOF\nnever closed\n");
        var run = CliRunner.Run(dir.Path, "parse", "-f", "buildkit", "bad/Dockerfile", "missing", "good/Dockerfile");
        Assert.Equal(2, run.ExitCode); // the missing file wins over the parse error
        Assert.Contains("==> bad/Dockerfile <==\n", run.Out);
        Assert.Contains("==> good/Dockerfile <==\n(from \"a\")\n", run.Out);
        Assert.Matches(@"(?m)^bad/Dockerfile:2:\d+: \S", run.Error);
        Assert.Contains("dockerfile-lint: missing: no such file or directory\n", run.Error);
    }

    [Fact]
    public void Parse_errors_alone_exit_1()
    {
        using var dir = TempDirectory.WithDockerfile("FROM a\nRUN <<EOF\nnever closed\n");
        var run = CliRunner.Run(dir.Path, "parse", "-f", "buildkit", "Dockerfile");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("==>", run.Out);
    }

    [Fact]
    public void Parse_reads_stdin()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, ["parse", "-f", "buildkit", "-"], stdin: "FROM scratch\n");
        Assert.Equal("(from \"scratch\")\n", run.Out);
    }

    [Fact]
    public void Parse_of_a_directory_exits_2()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run(dir.Path, "parse", ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".: is a directory", run.Error);
    }

    [Fact]
    public void Rules_lists_every_registered_rule()
    {
        var run = CliRunner.RunInEmptyDirectory("rules");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("CODE", lines[0]);
        foreach (var rule in RuleCatalog.All)
            Assert.Contains(lines, l => l.StartsWith(rule.Code + " ", StringComparison.Ordinal) && l.Contains(" " + rule.Name + " "));
        Assert.Equal($"{RuleCatalog.All.Count} rules.", lines[^1]);
    }

    [Theory]
    [InlineData("DL4000")]
    [InlineData("dl4000")]
    [InlineData("maintainer-deprecated")]
    [InlineData("MaintainerDeprecated")]
    public void Rules_with_a_code_name_or_alias_prints_the_docs(string key)
    {
        var rule = RuleCatalog.All.Single(r => r.Code == "DL4000");
        var run = CliRunner.RunInEmptyDirectory("rules", key);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"DL4000 {rule.Name}: {rule.Title}\n", run.Out);
        Assert.Contains(rule.Docs.ReplaceLineEndings("\n").Trim(), run.Out);
        Assert.Contains("Presets: recommended info, hadolint error, all info\n", run.Out);
        Assert.Contains("Why: " + rule.PresetRationale + "\n", run.Out);
    }

    [Fact]
    public void Rules_with_an_unknown_rule_exits_2()
    {
        var run = CliRunner.RunInEmptyDirectory("rules", "DL0001");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("dockerfile-lint: unknown rule 'DL0001' (did you mean 'DF0001'?)\n", run.Error);
        var far = CliRunner.RunInEmptyDirectory("rules", "XYZ123456");
        Assert.Equal("dockerfile-lint: unknown rule 'XYZ123456' (run 'dockerfile-lint rules' for the list)\n", far.Error);
        var word = CliRunner.RunInEmptyDirectory("rules", "latest");
        Assert.StartsWith("dockerfile-lint: unknown rule 'latest' (did you mean 'latest-tag'", word.Error);
    }

    [Fact]
    public void Rules_list_has_a_title_column_and_a_json_form()
    {
        var table = CliRunner.RunInEmptyDirectory("rules");
        var header = table.Out.Split('\n')[0];
        Assert.Matches(@"^CODE +NAME +SEVERITY +FIX +TITLE +ALIASES$", header);
        Assert.Contains(table.Out.Split('\n'), l => l.StartsWith("DL3007 ", StringComparison.Ordinal) && l.Contains("latest", StringComparison.OrdinalIgnoreCase)
            && l.Contains(Linting.RuleCatalog.All.First(r => r.Code == "DL3007").Title, StringComparison.Ordinal));

        var json = CliRunner.RunInEmptyDirectory("rules", "-f", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        var rules = doc.RootElement.GetProperty("rules");
        Assert.Equal(Linting.RuleCatalog.All.Count, rules.GetArrayLength());
        var longLine = rules.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "DF1201");
        Assert.Equal("long-line", longLine.GetProperty("name").GetString());
        Assert.False(longLine.GetProperty("enabledByDefault").GetBoolean());
        Assert.Equal("max-length", longLine.GetProperty("settings")[0].GetProperty("name").GetString());
        Assert.Equal("integer", longLine.GetProperty("settings")[0].GetProperty("type").GetString());
        Assert.False(longLine.TryGetProperty("fixTitle", out _));
        var quote = rules.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "SC2086");
        Assert.Equal("Double-quote the expansion", quote.GetProperty("fixTitle").GetString());
        Assert.EndsWith("rules.md#df1201-long-line", longLine.GetProperty("helpUri").GetString());

        using var one = System.Text.Json.JsonDocument.Parse(CliRunner.RunInEmptyDirectory("rules", "latest-tag", "-f", "json").Out);
        Assert.Equal("DL3007", one.RootElement.GetProperty("rules")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Usage_errors_point_to_the_help_that_lists_the_options()
    {
        var lint = CliRunner.RunInEmptyDirectory("--colour", "x");
        Assert.Equal(2, lint.ExitCode);
        Assert.Contains("(run 'dockerfile-lint --help' for usage)", lint.Error);
        var rules = CliRunner.RunInEmptyDirectory("rules", "-f", "xml");
        Assert.Equal(2, rules.ExitCode);
        Assert.Contains("(run 'dockerfile-lint rules --help' for usage)", rules.Error);
        var parse = CliRunner.RunInEmptyDirectory("parse", "--format", "yaml", "x");
        Assert.Contains("(run 'dockerfile-lint parse --help' for usage)", parse.Error);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        using var dir = new TempDirectory();
        // The default command's help: the lint options, and the other commands named in its description.
        var help = CliRunner.Run(dir.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--failure-threshold", "--format", "--color", "--ignore", "--github-max-annotations", "--strict-labels" })
            Assert.Contains(option, help.Out);
        Assert.Contains("'dockerfile-lint parse PATH…'", help.Out);
        Assert.Contains("'dockerfile-lint rules [RULE]'", help.Out);
        Assert.Equal(help.Out, CliRunner.Run(dir.Path, "-h").Out);
        var lintHelp = CliRunner.Run(dir.Path, "lint", "--help");
        Assert.Equal(0, lintHelp.ExitCode);
        Assert.Contains("--failure-threshold", lintHelp.Out);
        var version = CliRunner.Run(dir.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
    }

    [Theory]
    [InlineData("", "lint")]
    [InlineData("Dockerfile", "lint Dockerfile")]
    [InlineData("-f json x", "lint -f json x")]
    [InlineData("lint x", "lint x")]
    [InlineData("rules DL3007", "rules DL3007")]
    [InlineData("parse x", "parse x")]
    [InlineData("--help", "lint --help")]
    [InlineData("-v", "-v")]
    [InlineData("--version", "--version")]
    [InlineData("./rules", "lint ./rules")]
    public void Lint_is_the_default_command(string args, string expected) =>
        Assert.Equal(expected, string.Join(' ', Dockerfile.Linter.Cli.Commands.CommandTree.WithDefaultCommand(
            args.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}

public class ParseJsonTests
{
    [Fact]
    public void Parse_defaults_to_json_with_spans()
    {
        using var dir = TempDirectory.WithDockerfile("FROM alpine:3\nRUN echo hi\n");
        var run = CliRunner.Run(dir.Path, "parse", "Dockerfile");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Contains("alpine:3", run.Out);
        Assert.Equal(run.Out, CliRunner.Run(dir.Path, "parse", "--format", "json", "Dockerfile").Out);
    }
}
