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

    [GeneratedRegex(@"^```context[ \t]*\n(?<body>.*?)^```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ContextBlock();

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

    /// <summary>
    /// The build context a section's examples run in, from its first <c>```context</c> block: one file per line,
    /// <c>path</c> (empty file), <c>path: content</c> (<c>\n</c> for line breaks) or <c>dir/</c>. Null when there is none.
    /// </summary>
    public static List<(string Path, string? Content)>? ContextFiles(string sectionBody)
    {
        var match = ContextBlock().Match(sectionBody + "\n");
        if (!match.Success) return null;
        var files = new List<(string, string?)>();
        foreach (var line in match.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            files.Add(colon < 0 ? (line, null) : (line[..colon], line[(colon + 2)..].Replace("\\n", "\n", StringComparison.Ordinal)));
        }
        return files;
    }

    /// <summary>Creates the files of a context block under a new temporary directory and returns it.</summary>
    public static string CreateContext(List<(string Path, string? Content)> files)
    {
        string root = Directory.CreateTempSubdirectory("dfl-docs-context-").FullName;
        foreach (var (path, content) in files)
        {
            string full = Path.Combine(root, path.TrimEnd('/'));
            if (path.EndsWith('/')) { Directory.CreateDirectory(full); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content ?? "");
        }
        return root;
    }

    /// <summary>The bodies of the <c>```dockerfile</c> blocks in a section.</summary>
    public static List<string> DockerfileBlocks(string sectionBody) =>
        DockerfileBlock().Matches(sectionBody + "\n").Select(m => m.Groups["body"].Value).ToList();
}
