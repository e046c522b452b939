using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>Turns lint results into text in one output format. Formatters are stateless and thread-safe.</summary>
public abstract class ReportFormatter
{
    /// <summary>Renders <paramref name="files"/>; <paramref name="rules"/> supplies rule metadata (names, docs, defaults).</summary>
    public abstract string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options);

    /// <summary>The formatter for <paramref name="format"/>.</summary>
    public static ReportFormatter For(ReportFormat format) => format switch
    {
        ReportFormat.Tty => new TtyReportFormatter(),
        ReportFormat.Json => new JsonReportFormatter(),
        ReportFormat.Sarif => new SarifReportFormatter(),
        ReportFormat.Checkstyle => new CheckstyleReportFormatter(),
        ReportFormat.Gitlab => new GitLabReportFormatter(),
        ReportFormat.Github => new GitHubReportFormatter(),
        ReportFormat.Gnu => new GnuReportFormatter(),
        ReportFormat.HadolintJson => new HadolintJsonReportFormatter(),
        ReportFormat.CodeClimate => new CodeClimateReportFormatter(),
        ReportFormat.SonarQube => new SonarQubeReportFormatter(),
        ReportFormat.Codacy => new CodacyReportFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
    };
}
