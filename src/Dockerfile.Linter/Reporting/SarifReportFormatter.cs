using System.Text.Json;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// SARIF 2.1.0 with one run: the driver lists the rules that have results (every rule with
/// <see cref="SarifRuleSelection.All"/>) (id, name, descriptions, help from the rule docs, help link,
/// default level); results carry the rule id, level, message, exact region, related locations and fixes. Artifact URIs are relative to
/// <see cref="ReportOptions.WorkingDirectory"/> (base id <c>SRCROOT</c>), as GitHub code scanning expects. Each file
/// linted against a build context is listed in <c>artifacts</c>, with the context in <c>properties.buildContext</c>
/// (the same object as the JSON report's <c>context</c>); its results point at it with <c>artifactLocation.index</c>.
/// A finding in a script the image runs (copied from the build context) points at the script's file, with a related
/// location at the Dockerfile instruction that runs it.
/// </summary>
public sealed class SarifReportFormatter : ReportFormatter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string RootBaseId = "SRCROOT";

    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        string root = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var ruleList = RulesWithResults(files, rules, options.SarifRules);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ruleList.Count; i++) indexOf.TryAdd(ruleList[i].Code, i);

        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, ruleList, options);
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(RootBaseId);
            w.WriteString("uri", DirectoryUri(root));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("columnKind", "utf16CodeUnits");
            var artifactIndex = WriteArtifacts(w, files, root);
            w.WriteStartArray("results");
            for (int f = 0; f < files.Count; f++)
            {
                var file = files[f];
                var artifact = ArtifactUri(file.Path, root);
                int? index = artifactIndex.TryGetValue(f, out var i) ? i : null;
                foreach (var d in file.Diagnostics)
                {
                    // A finding in a script the image runs points at the script's own artifact.
                    if (d.File is { } script) WriteResult(w, d, file, ArtifactUri(script.Path, root), root, indexOf[d.Code], null);
                    else WriteResult(w, d, file, artifact, root, indexOf[d.Code], index);
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Lists the files that have a build context as artifacts; returns file position → artifact index.</summary>
    private static Dictionary<int, int> WriteArtifacts(Utf8JsonWriter w, IReadOnlyList<FileReport> files, string root)
    {
        var indexes = new Dictionary<int, int>();
        if (!files.Any(f => f.Context is not null && f.Path != "-")) return indexes;
        w.WriteStartArray("artifacts");
        for (int f = 0; f < files.Count; f++)
        {
            if (files[f].Context is not { } context || files[f].Path == "-") continue;
            indexes[f] = indexes.Count;
            w.WriteStartObject();
            w.WriteStartObject("location");
            var uri = ArtifactUri(files[f].Path, root);
            w.WriteString("uri", uri);
            if (!uri.StartsWith("file:", StringComparison.Ordinal)) w.WriteString("uriBaseId", RootBaseId);
            w.WriteEndObject();
            w.WriteStartArray("roles");
            w.WriteStringValue("analysisTarget");
            w.WriteEndArray();
            w.WriteStartObject("properties");
            BuildContextJson.Write(w, "buildContext", context, root);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        return indexes;
    }

    /// <summary>
    /// The known rules (all of them, or those with results), plus a minimal descriptor for any code that only appears
    /// in results.
    /// </summary>
    private static List<RuleDescriptor> RulesWithResults(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, SarifRuleSelection selection)
    {
        var usedCodes = files.SelectMany(f => f.Diagnostics).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var list = rules
            .Where(r => selection == SarifRuleSelection.All || usedCodes.Contains(r.Code))
            .DistinctBy(r => r.Code, StringComparer.Ordinal)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var known = new HashSet<string>(list.Select(r => r.Code), StringComparer.Ordinal);
        foreach (var d in files.SelectMany(f => f.Diagnostics))
        {
            if (!known.Add(d.Code)) continue;
            list.Add(new RuleDescriptor
            {
                Code = d.Code,
                Name = d.RuleName,
                Title = d.RuleName,
                MessageFormat = "{0}",
                Category = RuleCategory.Meta,
                DefaultSeverity = d.Severity,
                Docs = "",
            });
        }
        return list;
    }

    private static void WriteTool(Utf8JsonWriter w, List<RuleDescriptor> rules, ReportOptions options)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "dockerfile-lint");
        w.WriteString("fullName", "Dockerfile.Linter");
        w.WriteString("semanticVersion", options.ToolVersion);
        w.WriteString("informationUri", options.RulesDocumentationUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Code);
            w.WriteString("name", rule.Name);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", FirstParagraph(rule.Docs) ?? rule.Title);
            w.WriteEndObject();
            if (!string.IsNullOrWhiteSpace(rule.Docs))
            {
                w.WriteStartObject("help");
                w.WriteString("text", rule.Docs);
                w.WriteString("markdown", rule.Docs);
                w.WriteEndObject();
            }
            w.WriteString("helpUri", options.HelpUri(rule.Code, rule.Name));
            w.WriteStartObject("defaultConfiguration");
            w.WriteBoolean("enabled", rule.EnabledByDefault);
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category.ToString());
            foreach (var alias in rule.Aliases) w.WriteStringValue(alias);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Diagnostic d, FileReport file, string artifact, string root, int ruleIndex, int? artifactIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, artifact, artifactIndex);
        WriteRegion(w, "region", d.Location);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (d.RelatedLocations.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (int i = 0; i < d.RelatedLocations.Count; i++)
            {
                var related = d.RelatedLocations[i];
                w.WriteStartObject();
                w.WriteNumber("id", i + 1);
                w.WriteStartObject("physicalLocation");
                WriteArtifact(w, ArtifactUri(file.PathOf(related), root));
                WriteRegion(w, "region", related.Location);
                w.WriteEndObject();
                w.WriteStartObject("message");
                w.WriteString("text", related.Message);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (d.Fix is { } fix)
        {
            w.WriteStartArray("fixes");
            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", fix.Title);
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            WriteArtifact(w, artifact);
            w.WriteStartArray("replacements");
            foreach (var edit in fix.Edits) WriteReplacement(w, edit, file.SourceOf(d));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteReplacement(Utf8JsonWriter w, TextEdit edit, SourceText? source)
    {
        w.WriteStartObject();
        if (source is not null)
        {
            WriteRegion(w, "deletedRegion", source.GetLinePositionSpan(edit.Span));
        }
        else
        {
            w.WriteStartObject("deletedRegion");
            w.WriteNumber("charOffset", edit.Span.Start);
            w.WriteNumber("charLength", edit.Span.Length);
            w.WriteEndObject();
        }
        w.WriteStartObject("insertedContent");
        w.WriteString("text", edit.NewText);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string uri, int? index = null)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        if (!uri.StartsWith("file:", StringComparison.Ordinal)) w.WriteString("uriBaseId", RootBaseId);
        if (index is { } i) w.WriteNumber("index", i);
        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, LinePositionSpan at)
    {
        w.WriteStartObject(name);
        w.WriteNumber("startLine", at.Start.Line);
        w.WriteNumber("startColumn", at.Start.Column);
        w.WriteNumber("endLine", at.End.Line);
        w.WriteNumber("endColumn", at.End.Column);
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI when the file is under <paramref name="root"/>, an absolute <c>file:</c> URI otherwise.</summary>
    internal static string ArtifactUri(string path, string root)
    {
        if (path == "-") return "-";
        string full = Path.GetFullPath(path, root);
        string relative = Path.GetRelativePath(root, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return new Uri(full).AbsoluteUri;
        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private static string DirectoryUri(string directory)
    {
        string uri = new Uri(directory).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>The first prose paragraph of markdown docs (skipping headings and code), or null.</summary>
    internal static string? FirstParagraph(string docs)
    {
        var lines = new List<string>();
        bool inCode = false;
        foreach (var raw in docs.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal)) { inCode = !inCode; if (lines.Count > 0) break; continue; }
            if (inCode) continue;
            if (line.StartsWith('#')) { if (lines.Count > 0) break; continue; }
            if (line.Length == 0) { if (lines.Count > 0) break; continue; }
            lines.Add(line);
        }
        return lines.Count == 0 ? null : string.Join(' ', lines);
    }
}
