using System.Text;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>GNU-style lines understood by editors and <c>grep</c>-like tools: <c>file:line:col: severity: message [code]</c>.</summary>
public sealed class GnuReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                sb.Append(ControlCharacters.Escape(file.PathOf(d))).Append(':')
                  .Append(d.Location.Start.Line).Append(':')
                  .Append(d.Location.Start.Column).Append(": ")
                  .Append(SeverityNames.ToName(d.Severity)).Append(": ")
                  .Append(OneLine(d.Message))
                  .Append(" [").Append(d.Code).Append("]\n");
            }
        }
        return sb.ToString();
    }

    internal static string OneLine(string text) => ControlCharacters.OneLine(text);
}
