using System.Text;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// Codacy's tool result format (hadolint's <c>codacy</c>): one JSON object per finding and line,
/// <c>{"filename","patternId","message","line"}</c>.
/// </summary>
public sealed class CodacyReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
            foreach (var d in file.Diagnostics)
                sb.Append(JsonText.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("filename", file.PathOf(d).Replace('\\', '/'));
                    w.WriteString("patternId", d.Code);
                    w.WriteString("message", d.Message);
                    w.WriteNumber("line", d.Location.Start.Line);
                    w.WriteEndObject();
                }, indented: false));
        return sb.ToString();
    }
}
