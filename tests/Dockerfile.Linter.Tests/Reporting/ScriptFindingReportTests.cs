using System.Text.Json;
using System.Xml.Linq;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Reporting;

/// <summary>
/// A finding in a script the image runs (<see cref="Diagnostic.File"/>) is shown in every format under the script's
/// path and position, with its related location back at the Dockerfile instruction that runs it.
/// </summary>
public class ScriptFindingReportTests
{
    private const string Dockerfile = "FROM php:8.3-fpm\nCOPY start.sh /\nCMD [\"/start.sh\"]\nEXPOSE 80000\n";
    private const string Script = "#!/bin/sh\nset -e\nphp-fpm -D\nexec nginx -g 'daemon off;'\n";

    private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\repo" : "/repo";
    private static readonly ReportOptions Options = new() { WorkingDirectory = Root, CodeFrames = true, ToolVersion = "1.0.0" };

    private static IReadOnlyList<FileReport> Files()
    {
        var dockerfile = new SourceText(Dockerfile, "Dockerfile");
        var script = new DiagnosticFile { Path = Path.Combine("app", "start.sh"), ContextPath = "start.sh", Source = new SourceText(Script) };
        var inScript = new TextSpan(Script.IndexOf("php-fpm -D", StringComparison.Ordinal), "php-fpm -D".Length);
        var runner = new TextSpan(Dockerfile.IndexOf("\"/start.sh\"", StringComparison.Ordinal), "\"/start.sh\"".Length);
        var port = new TextSpan(Dockerfile.IndexOf("80000", StringComparison.Ordinal), 5);
        Diagnostic[] diagnostics =
        [
            new()
            {
                Code = "DF5001", RuleName = "multiple-processes-in-command", Severity = Severity.Warning,
                Message = "'php-fpm -D' keeps running next to the main process; run one process per container",
                Span = inScript, Location = script.Source.GetLinePositionSpan(inScript), Path = "app/Dockerfile", File = script,
                RelatedLocations = [new RelatedLocation { Span = runner, Location = dockerfile.GetLinePositionSpan(runner), Message = "'start.sh' is run by this CMD" }],
            },
            new()
            {
                Code = "DL3011", RuleName = "expose-port-out-of-range", Severity = Severity.Error, Message = "Port 80000 is out of range",
                Span = port, Location = dockerfile.GetLinePositionSpan(port), Path = "app/Dockerfile",
            },
        ];
        return [new FileReport("app/Dockerfile", FileReport.Sort(diagnostics), dockerfile)];
    }

    private static string Format(ReportFormat format) => ReportFormatter.For(format).Format(Files(), [], Options);

    private static string ScriptPath => Path.Combine("app", "start.sh");

    [Fact]
    public void The_dockerfiles_findings_come_first()
    {
        Assert.Equal(["DL3011", "DF5001"], Files()[0].Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Sarif_points_the_result_at_the_script_and_the_related_location_at_the_dockerfile()
    {
        using var sarif = JsonDocument.Parse(Format(ReportFormat.Sarif));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DF5001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("app/start.sh", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(11, location.GetProperty("region").GetProperty("endColumn").GetInt32());
        var related = result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
        Assert.Equal("app/Dockerfile", related.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, related.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(6, related.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Json_names_the_script_file_on_the_finding_only()
    {
        using var json = JsonDocument.Parse(Format(ReportFormat.Json));
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var inScript = diagnostics.Single(d => d.GetProperty("code").GetString() == "DF5001");
        Assert.Equal(ScriptPath, inScript.GetProperty("file").GetString());
        Assert.Equal(3, inScript.GetProperty("line").GetInt32());
        Assert.False(inScript.GetProperty("related")[0].TryGetProperty("file", out _));
        Assert.False(diagnostics.Single(d => d.GetProperty("code").GetString() == "DL3011").TryGetProperty("file", out _));
    }

    [Fact]
    public void Checkstyle_lists_the_script_as_its_own_file()
    {
        var xml = XDocument.Parse(Format(ReportFormat.Checkstyle));
        var files = xml.Root!.Elements("file").ToList();
        Assert.Equal(["app/Dockerfile", ScriptPath], files.Select(f => (string)f.Attribute("name")!));
        Assert.Equal("DF5001", (string)files[1].Element("error")!.Attribute("source")!);
        Assert.Equal("3", (string)files[1].Element("error")!.Attribute("line")!);
    }

    [Fact]
    public void GitLab_uses_the_scripts_path()
    {
        using var json = JsonDocument.Parse(Format(ReportFormat.Gitlab));
        var issue = json.RootElement.EnumerateArray().Single(i => i.GetProperty("check_name").GetString() == "DF5001");
        Assert.Equal(ScriptPath.Replace('\\', '/'), issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(3, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void GitHub_annotates_the_script()
    {
        var text = Format(ReportFormat.Github);
        Assert.Contains($"::warning file={GitHubReportFormatter.EscapeProperty(ScriptPath)},line=3,col=1,endLine=3,endColumn=11,title=DF5001::", text, StringComparison.Ordinal);
        Assert.Contains("::error file=app/Dockerfile,line=4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gnu_and_tty_lines_use_the_scripts_path_and_show_its_line()
    {
        Assert.Contains($"{ScriptPath}:3:1: warning: 'php-fpm -D'", Format(ReportFormat.Gnu), StringComparison.Ordinal);
        var tty = Format(ReportFormat.Tty);
        Assert.Contains($"--> {ScriptPath}:3:1\n", tty, StringComparison.Ordinal);
        Assert.Contains("| php-fpm -D\n", tty, StringComparison.Ordinal);
        Assert.Contains("also app/Dockerfile:3:6: 'start.sh' is run by this CMD", tty, StringComparison.Ordinal);
        var lines = ReportFormatter.For(ReportFormat.Tty).Format(Files(), [], Options with { CodeFrames = false });
        Assert.Contains($"{ScriptPath}:3:1 DF5001 warning:", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Hadolint_json_sonarqube_and_codacy_use_the_scripts_path()
    {
        Assert.Contains($"\"file\": {JsonSerializer.Serialize(ScriptPath)}", Format(ReportFormat.HadolintJson).Replace("\":\"", "\": \""), StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(ScriptPath.Replace('\\', '/')), Format(ReportFormat.SonarQube), StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(ScriptPath.Replace('\\', '/')), Format(ReportFormat.Codacy), StringComparison.Ordinal);
    }
}
