using System.Text.Json;
using System.Xml.Linq;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Tests.Reporting;
using NJsonSchema;

namespace Dockerfile.Linter.Cli.Tests.Reporting;

public class ReportValidityTests
{
    private static string Render(ReportFormat format) =>
        ReportFormatter.For(format).Format(SampleReports.Files(), SampleReports.Rules, SampleReports.Options);

    private static int DiagnosticCount => SampleReports.Files().Sum(f => f.Diagnostics.Count);

    [RequiresSarifSchemaFact]
    public async Task Sarif_is_valid_against_the_sarif_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema);
        var errors = schema.Validate(Render(ReportFormat.Sarif));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [RequiresSarifSchemaFact]
    public async Task Sarif_schema_validation_catches_a_wrong_level()
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryPaths.SarifSchema);
        string broken = Render(ReportFormat.Sarif).Replace("\"level\": \"warning\"", "\"level\": \"loud\"");
        Assert.NotEmpty(schema.Validate(broken));
    }

    [Fact]
    public void Sarif_has_rules_results_relative_uris_and_fixes()
    {
        using var doc = JsonDocument.Parse(Render(ReportFormat.Sarif));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("DL3008", ruleIds);
        Assert.Contains("DL1000", ruleIds); // only seen in results, still described
        var dl3008 = rules.Single(r => r.GetProperty("id").GetString() == "DL3008");
        Assert.EndsWith("rules.md#dl3008-apt-get-unpinned-package", dl3008.GetProperty("helpUri").GetString());
        Assert.Equal("warning", dl3008.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("Flags unpinned `apt-get install` packages.", dl3008.GetProperty("fullDescription").GetProperty("text").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCount, results.Count);
        foreach (var result in results)
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), ruleIds[index]);
        }
        var uris = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().ToList();
        Assert.Equal(["Dockerfile", "odd%2C%20dir%3A1/Dockerfile"], uris);
        var withFix = results.Single(r => r.TryGetProperty("fixes", out _));
        Assert.Equal("DL3015", withFix.GetProperty("ruleId").GetString());
        Assert.Equal("note", withFix.GetProperty("level").GetString());
    }

    [Fact]
    public void Related_locations_are_sarif_related_locations_and_json_related()
    {
        using var sarif = JsonDocument.Parse(Render(ReportFormat.Sarif));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "DL3008");
        var related = result.GetProperty("relatedLocations");
        Assert.Equal(2, related.GetArrayLength());
        Assert.Equal(1, related[0].GetProperty("id").GetInt32());
        Assert.Equal("Dockerfile", related[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, related[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("a related place", related[0].GetProperty("message").GetProperty("text").GetString());

        using var json = JsonDocument.Parse(Render(ReportFormat.Json));
        var diagnostic = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "DL3008");
        var second = diagnostic.GetProperty("related")[1];
        Assert.Equal(4, second.GetProperty("line").GetInt32());
        Assert.Equal(8, second.GetProperty("column").GetInt32());
        Assert.Equal("another, with \"quotes\" & <xml>", second.GetProperty("message").GetString());
        Assert.False(json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].TryGetProperty("related", out _));
    }

    [Fact]
    public async Task Json_report_schema_rejects_related_locations_without_a_position()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint-report.schema.json"));
        const string report = """{"version":1,"files":[{"path":"D","diagnostics":[{"code":"DL3008","name":"n","severity":"warning","message":"m","line":1,"column":1,"endLine":1,"endColumn":2,"related":[{"message":"x"}]}]}]}""";
        Assert.NotEmpty(schema.Validate(report));
        Assert.Empty(schema.Validate(report.Replace("""{"message":"x"}""", """{"message":"x","line":2,"column":1,"endLine":2,"endColumn":3}""")));
    }

    [Fact]
    public async Task Json_report_is_valid_against_its_published_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint-report.schema.json"));
        var errors = schema.Validate(Render(ReportFormat.Json));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Json_report_schema_rejects_a_wrong_version()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Root, "schemas", "dockerfile-lint-report.schema.json"));
        Assert.NotEmpty(schema.Validate("""{"version":2,"files":[]}"""));
    }

    [Fact]
    public void Checkstyle_is_well_formed_xml_with_one_error_per_finding()
    {
        var doc = XDocument.Parse(Render(ReportFormat.Checkstyle));
        Assert.Equal("checkstyle", doc.Root!.Name.LocalName);
        Assert.Equal(3, doc.Root.Elements("file").Count());
        Assert.Equal(DiagnosticCount, doc.Descendants("error").Count());
        Assert.Contains(doc.Descendants("error"), e => (string?)e.Attribute("message") == "Message with \"quotes\", 100% <xml> & a colon: here\nand a second line");
    }

    [Fact]
    public void Checkstyle_replaces_characters_xml_cannot_carry()
    {
        Assert.Equal("a\uFFFDb", CheckstyleReportFormatter.XmlSafe("a\u0001b"));
        Assert.Equal("😀", CheckstyleReportFormatter.XmlSafe("😀"));
        Assert.Equal("x\uFFFD", CheckstyleReportFormatter.XmlSafe("x\uD800"));
    }

    [Fact]
    public void Gitlab_issues_have_required_fields_and_unique_stable_fingerprints()
    {
        string first = Render(ReportFormat.Gitlab);
        using var doc = JsonDocument.Parse(first);
        var issues = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(DiagnosticCount, issues.Count);
        foreach (var issue in issues)
        {
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("description").GetString()));
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("check_name").GetString()));
            Assert.Contains(issue.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" });
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("location").GetProperty("path").GetString()));
            Assert.True(issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1);
        }
        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.Equal(first, Render(ReportFormat.Gitlab));
    }

    [Fact]
    public void Gitlab_fingerprint_survives_lines_shifting()
    {
        var files = SampleReports.Files();
        var shifted = files.Select(f => f with
        {
            Diagnostics = f.Diagnostics.Select(d => new Diagnostics.Diagnostic
            {
                Code = d.Code, RuleName = d.RuleName, Severity = d.Severity, Message = d.Message, Span = d.Span, Path = d.Path,
                Location = new Syntax.LinePositionSpan(d.Location.Start with { Line = d.Location.Start.Line + 1 }, d.Location.End with { Line = d.Location.End.Line + 1 }),
            }).ToList(),
            Source = f.Source is null ? null : new Syntax.SourceText("# comment\n" + f.Source.Text),
        }).ToList();
        static List<string?> Prints(string json) =>
            JsonDocument.Parse(json).RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        var formatter = new GitLabReportFormatter();
        var before = Prints(formatter.Format(files, SampleReports.Rules, SampleReports.Options));
        var after = Prints(formatter.Format(shifted, SampleReports.Rules, SampleReports.Options));
        Assert.Equal(before.Take(5), after.Take(5)); // the first file has source text: line numbers do not matter
    }

    [Fact]
    public void Hadolint_json_has_exactly_hadolints_keys()
    {
        using var doc = JsonDocument.Parse(Render(ReportFormat.HadolintJson));
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(DiagnosticCount, items.Count);
        foreach (var item in items)
            Assert.Equal(["line", "code", "message", "column", "file", "level"], item.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("100% done", "100%25 done")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    public void Github_escapes_message_data(string raw, string escaped) =>
        Assert.Equal(escaped, GitHubReportFormatter.EscapeData(raw));

    [Fact]
    public void Github_escapes_property_values() =>
        Assert.Equal("a%3Ab%2Cc%25", GitHubReportFormatter.EscapeProperty("a:b,c%"));

    [Fact]
    public void Every_format_renders_an_empty_run()
    {
        foreach (var name in ReportFormatNames.All)
        {
            Assert.True(ReportFormatNames.TryParse(name, out var format));
            string text = ReportFormatter.For(format).Format([], SampleReports.Rules, SampleReports.Options);
            if (format is ReportFormat.Json or ReportFormat.Sarif or ReportFormat.Gitlab or ReportFormat.HadolintJson)
                JsonDocument.Parse(text).Dispose();
        }
    }
}
