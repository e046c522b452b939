using Dockerfile.Linter.Reporting;
using Snapshooter;
using Snapshooter.Xunit;

namespace Dockerfile.Linter.Tests.Reporting;

public class FormatterSnapshotTests
{
    private static string Render(ReportFormat format, ReportOptions? options = null) =>
        ReportFormatter.For(format).Format(SampleReports.Files(), SampleReports.Rules, options ?? SampleReports.Options);

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Checkstyle)]
    [InlineData(ReportFormat.Gitlab)]
    [InlineData(ReportFormat.Github)]
    [InlineData(ReportFormat.Gnu)]
    [InlineData(ReportFormat.HadolintJson)]
    [InlineData(ReportFormat.Tty)]
    [InlineData(ReportFormat.CodeClimate)]
    [InlineData(ReportFormat.SonarQube)]
    [InlineData(ReportFormat.Codacy)]
    public void Format_matches_snapshot(ReportFormat format) =>
        Snapshot.Match(Render(format), SnapshotNameExtension.Create(ReportFormatNames.ToName(format)));

    [Fact]
    public void Tty_without_frames_matches_snapshot() =>
        Snapshot.Match(Render(ReportFormat.Tty, SampleReports.Options with { CodeFrames = false }));

    [Fact]
    public void Tty_with_colour_matches_snapshot() =>
        Snapshot.Match(Render(ReportFormat.Tty, SampleReports.Options with { Color = true }));
}
