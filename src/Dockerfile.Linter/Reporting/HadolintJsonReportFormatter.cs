using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// hadolint's <c>--format json</c> shape: one flat array for all files,
/// <c>[{"line","code","message","column","file","level"}]</c>, so tools built on hadolint's output keep working.
/// Unlike hadolint, the column is the real start column.
/// </summary>
public sealed class HadolintJsonReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options) =>
        JsonText.Write(w =>
        {
            w.WriteStartArray();
            foreach (var file in files)
            {
                foreach (var d in file.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteNumber("line", d.Location.Start.Line);
                    w.WriteString("code", d.Code);
                    w.WriteString("message", d.Message);
                    w.WriteNumber("column", d.Location.Start.Column);
                    w.WriteString("file", file.PathOf(d));
                    w.WriteString("level", SeverityNames.ToName(d.Severity));
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
        }, indented: false);
}
