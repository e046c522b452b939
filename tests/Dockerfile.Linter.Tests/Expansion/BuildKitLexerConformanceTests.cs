using System.Text.Json;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Expansion;

/// <summary>BuildKit's own lexer data (envVarTest, wordsTest) and the generated probes, one row per case.</summary>
public class BuildKitLexerConformanceTests
{
    private static readonly string[] EnvVarTestEnv = ["PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="];

    public static IEnumerable<object[]> EnvVarTestLines()
    {
        string? path = SharedData.PathTo("conformance", "buildkit", "shell", "envVarTest");
        if (path is null) yield break;
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            string[] fields = line.Split('|');
            string platform = fields[0].Trim();
            string input = fields[1].Trim();
            string expected = fields[2].Trim();
            if (platform is "A" or "U") yield return [lineNo, input, expected, false];
            if (platform is "A" or "W") yield return [lineNo, input, expected, true];
        }
    }

    [SharedDataTheory("conformance", "buildkit", "shell", "envVarTest")]
    [MemberData(nameof(EnvVarTestLines))]
    public void EnvVarTest_line(int line, string input, string expected, bool windows)
    {
        var env = VariableEnvironment.FromStrings(EnvVarTestEnv, caseInsensitive: windows);
        var result = VariableExpander.Default.ExpandWord(input, env);
        if (expected == "error")
        {
            Assert.False(result.Success, $"line {line}: expected an error, got '{result.Value}'");
            Assert.Null(result.Value);
            Assert.NotNull(result.Error);
        }
        else
        {
            Assert.True(result.Success, $"line {line}: unexpected error {result.Error}");
            Assert.Equal(expected, result.Value);
        }
    }

    public static IEnumerable<object[]> WordsTestLines()
    {
        string? path = SharedData.PathTo("conformance", "buildkit", "shell", "wordsTest");
        if (path is null) yield break;
        var env = new List<string>();
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("ENV "))
            {
                env.Add(line[4..].TrimStart(' '));
                continue;
            }
            string[] fields = line.Split('|');
            string input = fields[0].Trim();
            string expected = fields[1].TrimStart(' ');
            yield return [lineNo, input, expected, env.ToArray()];
        }
    }

    [SharedDataTheory("conformance", "buildkit", "shell", "wordsTest")]
    [MemberData(nameof(WordsTestLines))]
    public void WordsTest_line(int line, string input, string expected, string[] env)
    {
        var result = VariableExpander.Default.ExpandWords(input, VariableEnvironment.FromStrings(env));
        if (expected == "error")
        {
            Assert.False(result.Success, $"line {line}: expected an error");
            Assert.Empty(result.Words);
        }
        else
        {
            Assert.True(result.Success, $"line {line}: unexpected error {result.Error}");
            Assert.Equal(expected.Split(','), result.Words.ToArray());
        }
    }

    public static IEnumerable<object[]> Probes()
    {
        string? path = SharedData.PathTo("conformance", "buildkit", "generated", "shell-probes.json");
        if (path is null) yield break;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int index = 0;
        foreach (var probe in doc.RootElement.EnumerateArray())
            yield return [index++, probe.GetProperty("note").GetString()!, probe.GetRawText()];
    }

    [SharedDataTheory("conformance", "buildkit", "generated", "shell-probes.json")]
    [MemberData(nameof(Probes))]
    public void Shell_probe(int index, string note, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var probe = doc.RootElement;
        string mode = probe.GetProperty("mode").GetString()!;
        char escape = probe.GetProperty("escape").GetString()![0];
        string input = probe.GetProperty("input").GetString()!;
        var env = VariableEnvironment.FromStrings(probe.GetProperty("env").EnumerateArray().Select(e => e.GetString()!));
        var expander = new VariableExpander(escape);

        var result = mode switch
        {
            "ProcessWord" => expander.ExpandWord(input, env),
            "ProcessWords" => expander.ExpandWords(input, env),
            "HeredocContentExpand" => expander.ExpandHeredocBody(input, env),
            _ => throw new InvalidOperationException($"probe {index} ({note}): unknown mode {mode}"),
        };

        if (probe.TryGetProperty("error", out var error))
        {
            Assert.False(result.Success, $"probe {index} ({note}) should fail");
            Assert.Equal(error.GetString(), result.Error!.Message);
        }
        else
        {
            Assert.True(result.Success, $"probe {index} ({note}): {result.Error}");
            if (probe.TryGetProperty("result", out var value)) Assert.Equal(value.GetString(), result.Value);
            if (probe.TryGetProperty("words", out var words))
                Assert.Equal(words.EnumerateArray().Select(w => w.GetString()!).ToArray(), result.Words.ToArray());
        }

        var expectedUnmatched = probe.TryGetProperty("unmatched", out var unmatched)
            ? unmatched.EnumerateArray().Select(u => u.GetString()!).Order(StringComparer.Ordinal).ToArray()
            : [];
        Assert.Equal(expectedUnmatched, result.UnresolvedNames.Order(StringComparer.Ordinal).ToArray());
    }
}
