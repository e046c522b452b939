using System.Security.Cryptography;
using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// GitLab Code Quality report: a JSON array of issues with <c>description</c>, <c>check_name</c>, <c>fingerprint</c>,
/// <c>severity</c> and <c>location.path</c>/<c>location.lines.begin</c>.
/// Severities: error → critical, warning → major, info → minor, style → info.
/// </summary>
public sealed class GitLabReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options) =>
        JsonText.Write(w =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            w.WriteStartArray();
            foreach (var file in files)
                foreach (var d in file.Diagnostics)
                    WriteIssue(w, file, d, seen);
            w.WriteEndArray();
        });

    /// <summary>One Code Climate issue object (shared with <see cref="CodeClimateReportFormatter"/>).</summary>
    internal static void WriteIssue(System.Text.Json.Utf8JsonWriter w, FileReport file, Diagnostic d, Dictionary<string, int> seen)
    {
        w.WriteStartObject();
        w.WriteString("type", "issue");
        w.WriteString("description", $"{d.Code}: {d.Message}");
        w.WriteString("check_name", d.Code);
        w.WriteString("fingerprint", Fingerprint(file, d, seen));
        w.WriteString("severity", Severity(d.Severity));
        w.WriteStartArray("categories");
        w.WriteStringValue(d.Severity == Dockerfile.Linter.Severity.Style ? "Style" : "Bug Risk");
        w.WriteEndArray();
        w.WriteStartObject("location");
        w.WriteString("path", file.PathOf(d).Replace('\\', '/'));
        w.WriteStartObject("lines");
        w.WriteNumber("begin", d.Location.Start.Line);
        w.WriteNumber("end", d.Location.End.Line);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Severity(Severity severity) => severity switch
    {
        Dockerfile.Linter.Severity.Error => "critical",
        Dockerfile.Linter.Severity.Warning => "major",
        Dockerfile.Linter.Severity.Info => "minor",
        _ => "info",
    };

    /// <summary>
    /// A hash that survives unrelated edits: path, code, message and the trimmed text of the finding's line (not its
    /// number), plus an occurrence counter so identical findings stay distinct.
    /// </summary>
    private static string Fingerprint(FileReport file, Diagnostic d, Dictionary<string, int> seen)
    {
        string anchor = file.SourceOf(d) is { } source && d.Location.Start.Line <= source.LineCount
            ? source.GetLineText(d.Location.Start.Line).Trim()
            : d.Location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string key = string.Join('\0', file.PathOf(d).Replace('\\', '/'), d.Code, d.Message, anchor);
        int n = seen.TryGetValue(key, out var count) ? count + 1 : 0;
        seen[key] = n;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\0" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(hash);
    }
}
