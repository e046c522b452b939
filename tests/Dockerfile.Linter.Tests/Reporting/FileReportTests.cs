using Dockerfile.Linter.Reporting;

namespace Dockerfile.Linter.Tests.Reporting;

public class FileReportTests
{
    [Fact]
    public void From_lint_result_keeps_source_and_sorts_by_position()
    {
        var result = new DockerfileLinter().Lint("FROM ubuntu:latest\nMAINTAINER me\nFROM alpine\n", "svc/Dockerfile");
        var report = FileReport.From(result);
        Assert.Equal("svc/Dockerfile", report.Path);
        Assert.Same(result.Syntax.Source, report.Source);
        Assert.NotEmpty(report.Diagnostics);
        var positions = report.Diagnostics.Select(d => (d.Location.Start.Line, d.Location.Start.Column)).ToList();
        Assert.Equal(positions.OrderBy(p => p.Line).ThenBy(p => p.Column), positions);
        Assert.Equal("-", FileReport.From(new DockerfileLinter().Lint("FROM a\n")).Path);
        Assert.Equal("shown", FileReport.From(result, "shown").Path);
    }

    [Fact]
    public void Formatters_render_lint_results_end_to_end()
    {
        var linter = new DockerfileLinter();
        var report = FileReport.From(linter.Lint("FROM ubuntu:latest\n", "Dockerfile"));
        string gnu = ReportFormatter.For(ReportFormat.Gnu).Format([report], linter.Rules, new ReportOptions());
        Assert.Contains("Dockerfile:1:6: warning: ", gnu);
        Assert.Contains("[DL3007]", gnu);
    }
}
