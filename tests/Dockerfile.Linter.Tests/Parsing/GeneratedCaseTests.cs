using System.Text.Json;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Parsing;

/// <summary>The probe cases of <c>conformance/buildkit/generated</c>, verified against upstream BuildKit.</summary>
public class GeneratedCaseTests
{
    /// <summary>Rows: the generated case folders.</summary>
    public static IEnumerable<object[]> Cases() => DataFiles.CaseFolders("conformance", "buildkit", "generated");

    /// <summary>Rows: the entries of <c>directives.json</c> (index, function, key).</summary>
    public static IEnumerable<object[]> DirectiveCases()
    {
        string? path = SharedData.PathTo("conformance", "buildkit", "generated", "directives.json");
        if (path is null)
        {
            yield return [-1];
            yield break;
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        for (int i = 0; i < doc.RootElement.GetArrayLength(); i++) yield return [i];
    }

    [SharedDataTheory("conformance", "buildkit", "generated")]
    [MemberData(nameof(Cases))]
    public void Generated_case_matches_upstream(string name)
    {
        string dir = SharedData.PathTo("conformance", "buildkit", "generated", name)!;
        string text = DataFiles.ReadExact(Path.Combine(dir, "Dockerfile"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var expected = doc.RootElement;

        var syntax = DockerfileParser.Parse(text);

        Assert.Equal(text, syntax.ToFullString());
        var errors = syntax.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        string? error = expected.GetProperty("error").GetString();
        if (error is not null)
        {
            Assert.NotEmpty(errors);
            var match = Assert.Single(errors, d => d.Message == error);
            // BuildKit reports directive errors with a 0-based line index, other errors as a 1-based line range.
            var lines = expected.GetProperty("errorLines").EnumerateArray().Select(l => l.GetInt32()).ToList();
            int line = syntax.Source.GetLinePosition(match.Span.Start).Line;
            if (match.Id is "duplicate-directive" or "invalid-escape") Assert.Equal(lines[0] + 1, line);
            else Assert.InRange(line, lines[0], lines[^1]);
            return;
        }
        Assert.Empty(errors);
        string dump = BuildKitDump.Dump(syntax);
        Assert.Equal(expected.GetProperty("dump").GetString() + "\n", dump);
        if (File.Exists(Path.Combine(dir, "result")))
            Assert.Equal(DataFiles.ReadExact(Path.Combine(dir, "result")), dump);
        Assert.Equal(expected.GetProperty("escapeToken").GetString(), syntax.EscapeCharacter.ToString());

        var children = expected.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(children.Count, syntax.Instructions.Length);
        for (int i = 0; i < children.Count; i++)
            AssertInstruction(children[i], syntax.Instructions[i]);

        var warnings = expected.TryGetProperty("warnings", out var w)
            ? w.EnumerateArray().Select(x => (x.GetProperty("short").GetString(), x.GetProperty("line").GetInt32())).ToList()
            : [];
        var actualWarnings = syntax.Diagnostics.Where(d => d.Severity == Severity.Warning)
            .Select(d => ((string?)d.Message, syntax.Source.GetLinePosition(d.Span.Start).Line)).ToList();
        Assert.Equal(warnings, actualWarnings);
    }

    private static void AssertInstruction(JsonElement expected, Instruction actual)
    {
        string label = $"{actual.Keyword.Text}@{actual.StartLine}";
        Assert.Equal(expected.GetProperty("instruction").GetString(), actual.Keyword.Text);
        Assert.Equal(expected.GetProperty("startLine").GetInt32(), actual.StartLine);
        Assert.Equal(expected.GetProperty("endLine").GetInt32(), actual.EndLine);
        Assert.Equal(expected.GetProperty("original").GetString(), actual.LogicalText);
        Assert.Equal(expected.GetProperty("jsonForm").GetBoolean(), actual.IsJsonForm);
        Assert.Equal(
            expected.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList(),
            actual.Flags.Select(f => (string?)BuildKitFlagText(f)).ToList());
        Assert.Equal(
            expected.GetProperty("prevComment").EnumerateArray().Select(c => c.GetString()).ToList(),
            actual.PrecedingComments.Select(c => (string?)c).ToList());
        var heredocs = expected.GetProperty("heredocs").EnumerateArray().ToList();
        Assert.True(heredocs.Count == actual.Heredocs.Length, $"{label}: heredoc count");
        for (int i = 0; i < heredocs.Count; i++)
        {
            var h = heredocs[i];
            var a = actual.Heredocs[i];
            Assert.Equal(h.GetProperty("name").GetString(), a.Name);
            Assert.Equal(h.GetProperty("fileDescriptor").GetInt32(), a.FileDescriptor);
            Assert.Equal(h.GetProperty("expand").GetBoolean(), a.Expand);
            Assert.Equal(h.GetProperty("chomp").GetBoolean(), a.Chomp);
            Assert.Equal(h.GetProperty("content").GetString(), a.Content);
        }
    }

    private static string BuildKitFlagText(Flag flag)
    {
        string text = flag.Value is null ? "--" + flag.Name : "--" + flag.Name + "=" + flag.Value;
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new string(bytes.Select(b => (char)b).ToArray());
    }

    [SharedDataTheory("conformance", "buildkit", "generated", "directives.json")]
    [MemberData(nameof(DirectiveCases))]
    public void Directive_detection_matches_upstream(int index)
    {
        string path = SharedData.PathTo("conformance", "buildkit", "generated", "directives.json")!;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var entry = doc.RootElement[index];
        string input = entry.GetProperty("input").GetString()!;
        string key = entry.TryGetProperty("key", out var k) ? k.GetString()! : "syntax";

        var found = FrontendDirectives.Find(input, key);

        Assert.Equal(entry.GetProperty("found").GetBoolean(), found is not null);
        if (found is null) return;
        Assert.Equal(entry.GetProperty("value").GetString(), found.Value);
        Assert.Equal(entry.GetProperty("fullValue").GetString(), found.FullValue);
        Assert.Equal(entry.GetProperty("line").GetInt32(), found.Line);
    }
}
