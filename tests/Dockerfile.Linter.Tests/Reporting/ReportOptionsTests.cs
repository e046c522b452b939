using System.Text.Json;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Reporting;

public class ReportOptionsTests
{
    private static string Render(ReportFormat format, ReportOptions options, IReadOnlyList<FileReport>? files = null) =>
        ReportFormatter.For(format).Format(files ?? SampleReports.Files(), SampleReports.Rules, options);

    /// <summary><paramref name="count"/> findings of each severity in one file.</summary>
    private static IReadOnlyList<FileReport> Many(int count)
    {
        var source = new SourceText(string.Concat(Enumerable.Repeat("RUN x\n", count * 4)), "Dockerfile");
        var diagnostics = new List<Diagnostic>();
        var severities = new[] { Severity.Style, Severity.Info, Severity.Warning, Severity.Error };
        for (int i = 0; i < count * 4; i++)
        {
            var span = new TextSpan(i * 6, 3);
            diagnostics.Add(new Diagnostic
            {
                Code = "DL3008", RuleName = "apt-get-unpinned-package", Severity = severities[i % 4], Message = $"finding {i}",
                Span = span, Location = source.GetLinePositionSpan(span), Path = "Dockerfile",
            });
        }
        return [new FileReport("Dockerfile", diagnostics, source)];
    }

    [Fact]
    public void GitHub_annotations_are_capped_per_kind_most_severe_first_with_a_closing_notice()
    {
        string text = Render(ReportFormat.Github, SampleReports.Options with { GitHubMaxAnnotations = 3 }, Many(5));
        var lines = text.TrimEnd('\n').Split('\n');
        var commands = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, commands.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(3, commands.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        // Three notices in all: two findings and the closing notice.
        Assert.Equal(3, commands.Count(l => l.StartsWith("::notice ", StringComparison.Ordinal)));
        Assert.StartsWith("::error ", commands[0]);
        Assert.StartsWith("::warning ", commands[3]);
        Assert.Equal("::notice title=dockerfile-lint::12 more findings are not shown as annotations (at most 3 of each kind; " +
                     "GitHub shows 10 per step). They are listed in the log; change the limit with --github-max-annotations.", commands[^1]);
        // Every finding is still in the output: 8 annotations plus 12 log lines.
        Assert.Equal(12, lines.Count(l => l.StartsWith("Dockerfile:", StringComparison.Ordinal)));
        Assert.Contains("Dockerfile:20:1: error: finding 19 [DL3008]", lines);
        Assert.Contains("Dockerfile:17:1: style: finding 16 [DL3008]", lines);
    }

    [Fact]
    public void GitHub_annotations_default_to_ten_per_kind_and_zero_means_no_limit()
    {
        string capped = Render(ReportFormat.Github, SampleReports.Options, Many(12));
        Assert.Equal(10, capped.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        string all = Render(ReportFormat.Github, SampleReports.Options with { GitHubMaxAnnotations = 0 }, Many(12));
        Assert.Equal(12, all.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.DoesNotContain("more findings", all);
    }

    [Fact]
    public void Sarif_describes_only_the_rules_with_results_unless_all_are_asked_for()
    {
        var oneFile = new[] { SampleReports.Files()[0] with { Diagnostics = [SampleReports.Files()[0].Diagnostics[0]] } };
        string RuleIds(SarifRuleSelection selection)
        {
            using var doc = JsonDocument.Parse(Render(ReportFormat.Sarif, SampleReports.Options with { SarifRules = selection }, oneFile));
            var run = doc.RootElement.GetProperty("runs")[0];
            var ids = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            int index = run.GetProperty("results")[0].GetProperty("ruleIndex").GetInt32();
            Assert.Equal("DL3007", ids[index]);
            return string.Join(",", ids);
        }
        Assert.Equal("DL3007", RuleIds(SarifRuleSelection.Used));
        Assert.Equal("DF9001,DL3007,DL3008,DL3011,DL3015", RuleIds(SarifRuleSelection.All));
    }

    [Fact]
    public void Tty_frames_end_with_where_to_read_more_and_how_to_apply_the_fix()
    {
        string text = Render(ReportFormat.Tty, SampleReports.Options);
        Assert.Contains("  = docs: dockerfile-lint rules DL3007\n", text);
        Assert.Contains("  = fix: Add --no-install-recommends (unsafe; apply with --fix --unsafe-fixes)\n", text);
        string bare = Render(ReportFormat.Tty, SampleReports.Options with { Hints = false });
        Assert.DoesNotContain("= docs:", bare);
        Assert.Contains("  = fix: Add --no-install-recommends (unsafe)\n", bare);
    }

    [Fact]
    public void Tty_summary_can_be_left_out()
    {
        Assert.Contains("Found ", Render(ReportFormat.Tty, SampleReports.Options with { CodeFrames = false }));
        string text = Render(ReportFormat.Tty, SampleReports.Options with { CodeFrames = false, Summary = false });
        Assert.DoesNotContain("Found ", text);
        Assert.DoesNotContain("No problems", text);
        Assert.StartsWith("Dockerfile:1:6 DL3007 warning:", text);
    }

    [Fact]
    public void Code_climate_issues_are_each_followed_by_a_nul_and_match_the_gitlab_objects()
    {
        string text = Render(ReportFormat.CodeClimate, SampleReports.Options);
        var issues = text.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("\0", text);
        using var gitlab = JsonDocument.Parse(Render(ReportFormat.Gitlab, SampleReports.Options));
        Assert.Equal(gitlab.RootElement.GetArrayLength(), issues.Length);
        for (int i = 0; i < issues.Length; i++)
        {
            using var issue = JsonDocument.Parse(issues[i]);
            Assert.Equal(gitlab.RootElement[i].GetRawText().Replace(" ", "").Replace("\n", ""),
                issue.RootElement.GetRawText().Replace(" ", "").Replace("\n", ""));
        }
    }

    [Fact]
    public void Format_names_accept_hadolints_gitlab_codeclimate()
    {
        Assert.True(ReportFormatNames.TryParse("gitlab_codeclimate", out var format));
        Assert.Equal(ReportFormat.Gitlab, format);
        Assert.DoesNotContain("gitlab_codeclimate", ReportFormatNames.All);
        Assert.True(ReportFormatNames.TryParse("sonarqube", out format));
        Assert.Equal(ReportFormat.SonarQube, format);
    }
}
