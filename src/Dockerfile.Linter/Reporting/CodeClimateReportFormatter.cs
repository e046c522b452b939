using System.Text;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// Code Climate engine output (hadolint's <c>codeclimate</c>): the same issue objects as <see cref="GitLabReportFormatter"/>,
/// written one after the other, each followed by a NUL character as the Code Climate engine specification requires.
/// </summary>
public sealed class CodeClimateReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var sb = new StringBuilder();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var d in file.Diagnostics)
                sb.Append(JsonText.Write(w => GitLabReportFormatter.WriteIssue(w, file, d, seen), indented: false).TrimEnd('\n')).Append('\0');
        return sb.ToString();
    }
}
