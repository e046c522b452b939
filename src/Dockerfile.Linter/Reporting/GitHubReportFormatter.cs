using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the pull request:
/// <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message</c>.
/// </summary>
public sealed class GitHubReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                sb.Append("::").Append(Command(d.Severity)).Append(' ')
                  .Append("file=").Append(EscapeProperty(file.Path))
                  .Append(",line=").Append(d.Location.Start.Line)
                  .Append(",col=").Append(d.Location.Start.Column)
                  .Append(",endLine=").Append(d.Location.End.Line)
                  .Append(",endColumn=").Append(d.Location.End.Column)
                  .Append(",title=").Append(EscapeProperty(d.Code))
                  .Append("::").Append(EscapeData(d.Message))
                  .Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message as the Actions runner expects (<c>%</c>, CR, LF).</summary>
    public static string EscapeData(string value) =>
        EscapeUnsafe(value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

    // Escape sequences and other control characters would reach the job log raw.
    private static string EscapeUnsafe(string value) => value.Any(ControlCharacters.IsUnsafe) ? ControlCharacters.Escape(value) : value;

    /// <summary>Escapes a command property value: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
