using System.Text.Json;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// SonarQube's generic issue import format (SonarQube 10.3 and later, SonarQube Cloud; read with
/// <c>sonar.externalIssuesReportPaths</c>): <c>rules</c> describes each rule that has findings (clean-code attribute
/// and impact), <c>issues</c> holds the findings with 0-based columns. Impact: secrets and security rules affect
/// security, errors reliability, the rest maintainability; severity error → HIGH, warning → MEDIUM, info and style → LOW.
/// </summary>
public sealed class SonarQubeReportFormatter : ReportFormatter
{
    private const string EngineId = "dockerfile-lint";

    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var byCode = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules) byCode.TryAdd(rule.Code, rule);
        var used = files.SelectMany(f => f.Diagnostics)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, First: g.First()))
            .ToList();

        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("rules");
            foreach (var (code, first) in used)
                WriteRule(w, code, byCode.GetValueOrDefault(code), first);
            w.WriteEndArray();
            w.WriteStartArray("issues");
            foreach (var file in files)
                foreach (var d in file.Diagnostics)
                    WriteIssue(w, file, d);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteRule(Utf8JsonWriter w, string code, RuleDescriptor? rule, Diagnostic first)
    {
        w.WriteStartObject();
        w.WriteString("id", code);
        w.WriteString("name", rule?.Name ?? first.RuleName);
        w.WriteString("description", rule?.Title ?? first.RuleName);
        w.WriteString("engineId", EngineId);
        // The severity the rule runs with (configuration may change it), as seen on its first finding.
        w.WriteString("cleanCodeAttribute", first.Severity == Severity.Style ? "FORMATTED" : "CONVENTIONAL");
        w.WriteStartArray("impacts");
        w.WriteStartObject();
        w.WriteString("softwareQuality", Quality(rule?.Category, first.Severity));
        w.WriteString("severity", Impact(first.Severity));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIssue(Utf8JsonWriter w, FileReport file, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteStartObject("primaryLocation");
        w.WriteString("message", d.Message);
        w.WriteString("filePath", file.PathOf(d).Replace('\\', '/'));
        w.WriteStartObject("textRange");
        w.WriteNumber("startLine", d.Location.Start.Line);
        w.WriteNumber("endLine", d.Location.End.Line);
        // Columns only for a non-empty range: SonarQube rejects a range whose end is not after its start.
        if (d.Location.End.Line > d.Location.Start.Line || d.Location.End.Column > d.Location.Start.Column)
        {
            w.WriteNumber("startColumn", d.Location.Start.Column - 1);
            w.WriteNumber("endColumn", d.Location.End.Column - 1);
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Quality(RuleCategory? category, Severity severity) =>
        category is RuleCategory.Secrets or RuleCategory.Security ? "SECURITY"
        : severity == Severity.Error ? "RELIABILITY"
        : "MAINTAINABILITY";

    private static string Impact(Severity severity) => severity switch
    {
        Severity.Error => "HIGH",
        Severity.Warning => "MEDIUM",
        _ => "LOW",
    };
}
