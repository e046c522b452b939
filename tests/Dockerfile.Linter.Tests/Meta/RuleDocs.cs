using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>Reads a rule's Markdown docs: its H2 sections and the Dockerfile examples in them.</summary>
internal static partial class RuleDocs
{
    public static readonly string[] Required = ["What it does", "Why", "Example", "Use instead"];
    public static readonly string[] Optional = ["Differences from hadolint", "Options", "Fix safety"];
    public static readonly string[] Order = [.. Required, "Differences from hadolint", "Options", "Fix safety"];

    [GeneratedRegex(@"^```dockerfile[ \t]*\n(?<body>.*?)^```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex DockerfileBlock();

    /// <summary>The H2 sections in order (heading text, body), ignoring lines inside code fences.</summary>
    public static List<(string Heading, string Body)> Sections(string docs)
    {
        var sections = new List<(string, string)>();
        string? heading = null;
        var body = new List<string>();
        bool fence = false;
        foreach (var line in docs.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) fence = !fence;
            if (!fence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (heading is not null) sections.Add((heading, string.Join("\n", body)));
                heading = line[3..].Trim();
                body.Clear();
                continue;
            }
            body.Add(line);
        }
        if (heading is not null) sections.Add((heading, string.Join("\n", body)));
        return sections;
    }

    /// <summary>The bodies of the <c>```dockerfile</c> blocks in a section.</summary>
    public static List<string> DockerfileBlocks(string sectionBody) =>
        DockerfileBlock().Matches(sectionBody + "\n").Select(m => m.Groups["body"].Value).ToList();
}
