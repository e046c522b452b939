using System.Text.Json;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// Our own JSON report, version 1 (schema: <c>schemas/dockerfile-lint-report.schema.json</c>):
/// <c>{"version":1,"files":[{"path","context"?,"diagnostics":[{code,name,severity,message,line,column,endLine,endColumn,related?,fix?}]}]}</c>.
/// <c>context</c> is the build context the file was checked against: <c>directory</c>, <c>origin</c>, <c>reason</c>,
/// and when it came from a compose or bake file, <c>definitionFile</c> and <c>definitionName</c>; <c>namedContexts</c>.
/// <c>related</c> lists the finding's other places (<c>{message,file?,line,column,endLine,endColumn}</c>). A finding in
/// a script the image runs (copied from the build context) has <c>file</c>, the script's path; its positions are in it.
/// </summary>
public sealed class JsonReportFormatter : ReportFormatter
{
    /// <summary>The version of the document shape; bumped on incompatible changes.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", SchemaVersion);
            w.WriteStartArray("files");
            var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
            foreach (var file in files)
            {
                w.WriteStartObject();
                w.WriteString("path", file.Path);
                if (file.Context is { } context) BuildContextJson.Write(w, "context", context, workingDirectory);
                w.WriteStartArray("diagnostics");
                foreach (var d in file.Diagnostics) WriteDiagnostic(w, d, file);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, FileReport file)
    {
        w.WriteStartObject();
        w.WriteString("code", d.Code);
        w.WriteString("name", d.RuleName);
        w.WriteString("severity", SeverityNames.ToName(d.Severity));
        w.WriteString("message", d.Message);
        if (d.File is { } inFile) w.WriteString("file", inFile.Path);
        WritePosition(w, d.Location);
        if (d.RelatedLocations.Count > 0)
        {
            w.WriteStartArray("related");
            foreach (var related in d.RelatedLocations)
            {
                w.WriteStartObject();
                w.WriteString("message", related.Message);
                if (related.File is { } relatedFile) w.WriteString("file", relatedFile.Path);
                WritePosition(w, related.Location);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Fix is { } fix)
        {
            w.WriteStartObject("fix");
            w.WriteString("title", fix.Title);
            w.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
            w.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                w.WriteStartObject();
                w.WriteNumber("offset", edit.Span.Start);
                w.WriteNumber("length", edit.Span.Length);
                if (file.SourceOf(d) is { } source)
                {
                    WritePosition(w, source.GetLinePositionSpan(edit.Span));
                }
                w.WriteString("newText", edit.NewText);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, LinePositionSpan at)
    {
        w.WriteNumber("line", at.Start.Line);
        w.WriteNumber("column", at.Start.Column);
        w.WriteNumber("endLine", at.End.Line);
        w.WriteNumber("endColumn", at.End.Column);
    }
}
