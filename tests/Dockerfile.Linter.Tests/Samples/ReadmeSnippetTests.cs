using System.Text.RegularExpressions;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Samples;

public partial class ReadmeSnippetTests
{
    private static string Root => SharedData.RepositoryRoot() ?? throw new InvalidOperationException("repository root not found");

    /// <summary>The usings and the dedented body of <see cref="ReadmeSnippets"/>, as one C# block.</summary>
    private static string Mirror()
    {
        string file = File.ReadAllText(Path.Combine(Root, "tests/Dockerfile.Linter.Tests/Samples/ReadmeSnippets.cs")).ReplaceLineEndings("\n");
        string Between(string begin, string end, int indent)
        {
            int from = file.IndexOf(begin, StringComparison.Ordinal);
            from = file.IndexOf('\n', from) + 1;
            int to = file.LastIndexOf('\n', file.IndexOf(end, StringComparison.Ordinal)) + 1;
            return string.Concat(file[from..to].Split('\n').SkipLast(1).Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
        }
        return Between("// README.md begin usings", "// README.md end usings", 0) + "\n" + Between("// README.md begin body", "// README.md end body", 8);
    }

    private static List<string> CSharpBlocks(string markdownPath) =>
        CSharpFence().Matches(File.ReadAllText(Path.Combine(Root, markdownPath)).ReplaceLineEndings("\n"))
            .Select(m => m.Groups[1].Value).ToList();

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Dockerfile.Linter/README.md")]
    public void The_readme_csharp_block_is_the_compiled_mirror(string readme)
    {
        var blocks = CSharpBlocks(readme);
        Assert.Single(blocks);
        Assert.Equal(Mirror(), blocks[0]);
    }

    [Fact]
    public void The_fix_example_has_a_safe_fix_that_changes_the_file()
    {
        var linter = new DockerfileLinter(new LintOptions { Ignore = { "DL3008" }, ContextDirectory = "." });
        var fixedFile = linter.Fix("FROM debian:12\nADD app.py /app/\n", "Dockerfile");
        Assert.True(fixedFile.Changed);
        Assert.Equal("FROM debian:12\nCOPY app.py /app/\n", fixedFile.FixedText);
        Assert.DoesNotContain(fixedFile.Remaining.Diagnostics, d => d.Code == "DL3020");
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpFence();
}
