using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// GitHub Actions workflow commands, which GitHub shows as annotations on the pull request:
/// <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message</c>. GitHub shows only the first 10
/// annotations of each kind (error, warning, notice) per step, so findings are written most severe first and at most
/// <see cref="ReportOptions.GitHubMaxAnnotations"/> of each kind become annotations; the others follow as plain log
/// lines (<c>file:line:col: severity: message [CODE]</c>) after a notice saying how many there are.
/// </summary>
public sealed class GitHubReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        // Stable: within a severity, findings keep the file order and each file's position order.
        var ordered = files
            .SelectMany(file => file.Diagnostics.Select(d => (File: file, Diagnostic: d)))
            .OrderBy(x => x.Diagnostic.Severity)
            .ToList();
        int limit = options.GitHubMaxAnnotations;
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var annotated = new List<(FileReport File, Diagnostic Diagnostic)>();
        var rest = new List<(FileReport File, Diagnostic Diagnostic)>();
        foreach (var item in ordered)
        {
            string kind = Command(item.Diagnostic.Severity);
            int count = perKind.GetValueOrDefault(kind);
            if (limit > 0 && count >= limit)
            {
                rest.Add(item);
                continue;
            }
            perKind[kind] = count + 1;
            annotated.Add(item);
        }
        // The closing notice is itself a notice annotation: keep one notice slot free for it.
        if (rest.Count > 0 && limit > 0 && perKind.GetValueOrDefault("notice") >= limit)
        {
            int last = annotated.FindLastIndex(x => Command(x.Diagnostic.Severity) == "notice");
            rest.Insert(0, annotated[last]);
            annotated.RemoveAt(last);
        }

        var sb = new StringBuilder();
        foreach (var (file, d) in annotated)
        {
            sb.Append("::").Append(Command(d.Severity)).Append(' ')
              .Append("file=").Append(EscapeProperty(file.PathOf(d)))
              .Append(",line=").Append(d.Location.Start.Line)
              .Append(",col=").Append(d.Location.Start.Column)
              .Append(",endLine=").Append(d.Location.End.Line)
              .Append(",endColumn=").Append(d.Location.End.Column)
              .Append(",title=").Append(EscapeProperty(d.Code))
              .Append("::").Append(EscapeData(d.Message))
              .Append('\n');
        }
        if (rest.Count > 0)
        {
            string more = rest.Count == 1 ? "1 more finding is" : $"{rest.Count} more findings are";
            sb.Append("::notice title=dockerfile-lint::")
              .Append(EscapeData($"{more} not shown as annotations (at most {limit} of each kind; GitHub shows 10 per step). They are listed in the log; change the limit with --github-max-annotations."))
              .Append('\n');
            foreach (var (file, d) in rest)
                // A plain line that starts with "::" would be read as a workflow command.
                sb.Append(file.PathOf(d).StartsWith("::", StringComparison.Ordinal) ? "./" : "").Append(file.PathOf(d)).Append(':').Append(d.Location.Start.Line).Append(':').Append(d.Location.Start.Column)
                  .Append(": ").Append(SeverityNames.ToName(d.Severity)).Append(": ").Append(d.Message.ReplaceLineEndings(" "))
                  .Append(" [").Append(d.Code).Append("]\n");
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
