using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// The human format. With <see cref="ReportOptions.CodeFrames"/> each finding shows the source line with the span
/// underlined by <c>^</c>, then its related locations (at most <see cref="MaxShownRelated"/>), its fix and where to read
/// more; without, one line per finding (<c>file:line:col CODE severity: message</c>). Both end with a summary line
/// (and the build contexts used) unless <see cref="ReportOptions.Summary"/> is off. ANSI colours only when
/// <see cref="ReportOptions.Color"/> is set.
/// </summary>
public sealed class TtyReportFormatter : ReportFormatter
{
    private const int MaxShownLineLength = 160;
    private const int ContextBeforeSpan = 40;

    /// <summary>The most related locations listed under a code frame; the rest are counted.</summary>
    public const int MaxShownRelated = 5;

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
        if (options.Summary)
        {
            WriteSummary(sb, files, paint);
            WriteContexts(sb, files, options, paint);
        }
        return sb.ToString();
    }

    private static void WriteLine(StringBuilder sb, FileReport file, Diagnostic d, Paint paint)
    {
        sb.Append(paint.Bold($"{ControlCharacters.Escape(file.PathOf(d))}:{d.Location.Start.Line}:{d.Location.Start.Column}"))
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
        sb.Append(pad).Append(paint.Gutter("--> ")).Append(ControlCharacters.Escape(file.PathOf(d))).Append(':').Append(line).Append(':')
          .Append(d.Location.Start.Column).Append('\n');

        if (file.SourceOf(d) is { } source && line <= source.LineCount)
        {
            // The marked secret spans are the Dockerfile's; a followed script's line is masked by what the scanner recognises.
            var (shown, caretPad, caretCount) = Excerpt(source, d.Location, d.File is null ? file.SecretSpans : []);
            sb.Append(pad).Append(' ').Append(paint.Gutter("|")).Append('\n');
            sb.Append(paint.Gutter(number)).Append(' ').Append(paint.Gutter("|")).Append(' ').Append(shown).Append('\n');
            sb.Append(pad).Append(' ').Append(paint.Gutter("|")).Append(' ').Append(caretPad)
              .Append(paint.Severity(d.Severity, new string('^', caretCount))).Append('\n');
        }
        foreach (var related in d.RelatedLocations.Take(MaxShownRelated))
            sb.Append(pad).Append(' ').Append(paint.Gutter("=")).Append(" also ").Append(Printable(file.PathOf(related))).Append(':')
              .Append(related.Location.Start.Line).Append(':').Append(related.Location.Start.Column).Append(": ")
              .Append(Printable(related.Message)).Append('\n');
        if (d.RelatedLocations.Count > MaxShownRelated)
            sb.Append(pad).Append(' ').Append(paint.Gutter("=")).Append(" … and ")
              .Append(d.RelatedLocations.Count - MaxShownRelated).Append(" more\n");
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
    private static (string Shown, string CaretPad, int CaretCount) Excerpt(SourceText source, LinePositionSpan at, IReadOnlyList<TextSpan> secrets)
    {
        string text = MaskSecrets(source.GetLineText(at.Start.Line), source.GetLineStart(at.Start.Line), secrets);
        if (at.Start.Line == 1 && text.StartsWith('\uFEFF')) text = text[1..]; // columns do not count the byte-order mark
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

    /// <summary>
    /// The line with every secret masked (same length, so the carets stay in place): the spans the secret rules
    /// marked, and whatever <see cref="SecretScanner.ScanForDisplay"/> recognises in the line itself.
    /// </summary>
    private static string MaskSecrets(string line, int lineStart, IReadOnlyList<TextSpan> secrets)
    {
        char[]? chars = null;
        var lineSpan = new TextSpan(lineStart, line.Length);
        foreach (var secret in secrets)
        {
            if (!secret.OverlapsWith(lineSpan)) continue;
            int from = Math.Max(secret.Start, lineStart) - lineStart;
            int to = Math.Min(secret.End, lineSpan.End) - lineStart;
            chars ??= line.ToCharArray();
            SecretMask.Mask(line[from..to]).CopyTo(chars.AsSpan(from));
        }
        foreach (var finding in SecretScanner.ScanForDisplay(line))
        {
            chars ??= line.ToCharArray();
            finding.Masked.CopyTo(chars.AsSpan(finding.Start));
        }
        return chars is null ? line : new string(chars);
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

    private const int FilesNamedPerContext = 3;

    /// <summary>
    /// The build contexts the files were checked against, one line per distinct context:
    /// <c>context: ./ (docker-compose.yml service api)</c>, followed by the files when they do not all share it.
    /// </summary>
    private static void WriteContexts(StringBuilder sb, IReadOnlyList<FileReport> files, ReportOptions options, Paint paint)
    {
        var withContext = files.Where(f => f.Context is not null).ToList();
        if (withContext.Count == 0) return;
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var groups = withContext
            .GroupBy(f => (Directory: f.Context!.DisplayDirectory(workingDirectory), f.Context!.Reason))
            .ToList();
        foreach (var group in groups)
        {
            sb.Append(paint.Dim($"context: {Printable(group.Key.Directory)} ({Printable(group.Key.Reason)})"));
            if (groups.Count > 1 || withContext.Count < files.Count)
            {
                var names = group.Select(f => Printable(f.Path)).ToList();
                var shown = string.Join(", ", names.Take(FilesNamedPerContext));
                if (names.Count > FilesNamedPerContext) shown += $" and {names.Count - FilesNamedPerContext} more";
                sb.Append(paint.Dim($" for {shown}"));
            }
            sb.Append('\n');
        }
    }

    /// <summary>The text on one line: line breaks become spaces, other control characters escapes (tabs kept).</summary>
    private static string Printable(string text) => ControlCharacters.OneLine(text);

    // One column per character, so the carets stay under the span.
    private static char Printable(char c) => ControlCharacters.IsUnsafe(c) ? '\uFFFD' : c;

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
            Dockerfile.Linter.Severity.Error => "1;31",
            Dockerfile.Linter.Severity.Warning => "1;33",
            Dockerfile.Linter.Severity.Info => "1;36",
            _ => "1;35",
        }, text);
    }
}
