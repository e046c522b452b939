using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// The human format. With <see cref="ReportOptions.CodeFrames"/> each finding shows the source line with the span
/// underlined by <c>^</c>, its fix and where to read more; without, one line per finding
/// (<c>file:line:col CODE severity: message</c>). Both end with a summary line unless <see cref="ReportOptions.Summary"/> is off. ANSI colours only when <see cref="ReportOptions.Color"/> is set.
/// </summary>
public sealed class TtyReportFormatter : ReportFormatter
{
    private const int MaxShownLineLength = 160;
    private const int ContextBeforeSpan = 40;

    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var paint = new Paint(options.Color);
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                if (options.CodeFrames) WriteFrame(sb, file, d, paint, options.Hints);
                else WriteLine(sb, file, d, paint);
            }
        }
        if (options.Summary) WriteSummary(sb, files, paint);
        return sb.ToString();
    }

    private static void WriteLine(StringBuilder sb, FileReport file, Diagnostic d, Paint paint)
    {
        sb.Append(paint.Bold($"{file.Path}:{d.Location.Start.Line}:{d.Location.Start.Column}"))
          .Append(' ').Append(paint.Severity(d.Severity, d.Code))
          .Append(' ').Append(paint.Severity(d.Severity, SeverityNames.ToName(d.Severity)))
          .Append(": ").Append(Printable(d.Message)).Append('\n');
    }

    private static void WriteFrame(StringBuilder sb, FileReport file, Diagnostic d, Paint paint, bool hints)
    {
        string header = $"{SeverityNames.ToName(d.Severity)}[{d.Code}]";
        sb.Append(paint.Severity(d.Severity, header)).Append(' ').Append(paint.Bold(Printable(d.Message)));
        if (d.RuleName.Length > 0) sb.Append(' ').Append(paint.Dim($"({d.RuleName})"));
        sb.Append('\n');

        int line = d.Location.Start.Line;
        string number = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string pad = new(' ', number.Length);
        sb.Append(pad).Append(paint.Gutter("--> ")).Append(file.Path).Append(':').Append(line).Append(':')
          .Append(d.Location.Start.Column).Append('\n');

        if (file.Source is { } source && line <= source.LineCount)
        {
            var (shown, caretPad, caretCount) = Excerpt(source, d.Location);
            sb.Append(pad).Append(' ').Append(paint.Gutter("|")).Append('\n');
            sb.Append(paint.Gutter(number)).Append(' ').Append(paint.Gutter("|")).Append(' ').Append(shown).Append('\n');
            sb.Append(pad).Append(' ').Append(paint.Gutter("|")).Append(' ').Append(caretPad)
              .Append(paint.Severity(d.Severity, new string('^', caretCount))).Append('\n');
        }
        if (d.Fix is { } fix)
        {
            sb.Append(pad).Append(' ').Append(paint.Gutter("=")).Append(" fix: ").Append(Printable(fix.Title));
            if (hints) sb.Append(fix.Safety == FixSafety.Unsafe ? " (unsafe; apply with --fix --unsafe-fixes)" : " (apply with --fix)");
            else if (fix.Safety == FixSafety.Unsafe) sb.Append(" (unsafe)");
            sb.Append('\n');
        }
        if (hints)
            sb.Append(pad).Append(' ').Append(paint.Gutter("=")).Append(" docs: ")
              .Append(paint.Dim($"dockerfile-lint rules {d.Code}")).Append('\n');
        sb.Append('\n');
    }

    /// <summary>The line to show (clipped around the span when very long), the padding before the carets, and their count.</summary>
    private static (string Shown, string CaretPad, int CaretCount) Excerpt(SourceText source, LinePositionSpan at)
    {
        string text = source.GetLineText(at.Start.Line);
        int start = Math.Clamp(at.Start.Column - 1, 0, text.Length);
        int end = at.End.Line == at.Start.Line ? Math.Clamp(at.End.Column - 1, start, text.Length) : text.Length;
        int caretCount = Math.Max(1, end - start);

        int from = 0;
        string prefix = "";
        if (text.Length > MaxShownLineLength && start > ContextBeforeSpan)
        {
            from = start - ContextBeforeSpan;
            prefix = "…";
        }
        int to = Math.Min(text.Length, from + MaxShownLineLength);
        string suffix = to < text.Length ? "…" : "";
        caretCount = Math.Min(caretCount, Math.Max(1, to - start));

        var shown = new StringBuilder(prefix);
        var caretPad = new StringBuilder(prefix.Length == 0 ? "" : " ");
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            bool tab = c == '\t';
            shown.Append(tab ? '\t' : Printable(c));
            if (i < start) caretPad.Append(tab ? '\t' : ' ');
        }
        shown.Append(suffix);
        return (shown.ToString(), caretPad.ToString(), caretCount);
    }

    private static void WriteSummary(StringBuilder sb, IReadOnlyList<FileReport> files, Paint paint)
    {
        var all = files.SelectMany(f => f.Diagnostics).ToList();
        string fileCount = files.Count == 1 ? "1 file" : $"{files.Count} files";
        if (all.Count == 0)
        {
            sb.Append(paint.Success($"No problems found in {fileCount}.")).Append('\n');
            return;
        }
        int Count(Severity s) => all.Count(d => d.Severity == s);
        var parts = new List<string>();
        void Add(Severity s, string one, string many)
        {
            int n = Count(s);
            if (n > 0) parts.Add(paint.Severity(s, $"{n} {(n == 1 ? one : many)}"));
        }
        Add(Severity.Error, "error", "errors");
        Add(Severity.Warning, "warning", "warnings");
        Add(Severity.Info, "info", "info");
        Add(Severity.Style, "style", "style");
        int withFindings = files.Count(f => f.Diagnostics.Count > 0);
        string problems = all.Count == 1 ? "1 problem" : $"{all.Count} problems";
        sb.Append(paint.Bold($"Found {problems}")).Append(" (").Append(string.Join(", ", parts)).Append(") in ")
          .Append(withFindings).Append(" of ").Append(fileCount).Append(".\n");
    }

    /// <summary>The text on one line: line breaks become spaces, other control characters U+FFFD (tabs kept).</summary>
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ReplaceLineEndings(" ")) sb.Append(c == '\t' ? c : Printable(c));
        return sb.ToString();
    }

    private static char Printable(char c) => char.IsControl(c) ? '\uFFFD' : c;

    /// <summary>ANSI styling that is a no-op when colours are off.</summary>
    private readonly struct Paint(bool on)
    {
        private string Wrap(string code, string text) => on ? $"\u001b[{code}m{text}\u001b[0m" : text;
        public string Bold(string text) => Wrap("1", text);
        public string Dim(string text) => Wrap("2", text);
        public string Gutter(string text) => Wrap("34", text);
        public string Success(string text) => Wrap("32", text);
        public string Severity(Severity severity, string text) => Wrap(severity switch
        {
            Diagnostics.Severity.Error => "1;31",
            Diagnostics.Severity.Warning => "1;33",
            Diagnostics.Severity.Info => "1;36",
            _ => "1;35",
        }, text);
    }
}
