using System.Text.RegularExpressions;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>
/// The library's folders are layers whose dependencies point one way, towards Syntax: read every source file's
/// namespace and the library namespaces it names (usings and qualified names, comments left out) and require the
/// graph between layers to have no cycle, and Syntax to depend on no other layer.
/// </summary>
public partial class LayerDependencyTests
{
    [GeneratedRegex(@"^namespace (Dockerfile\.Linter(?:\.\w+)?)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\bDockerfile\.Linter\.(\w+)")]
    private static partial Regex NamespaceReference();

    private static Dictionary<string, SortedSet<string>> LayerGraph()
    {
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        string library = Path.Combine(root, "src", "Dockerfile.Linter");
        var layers = Directory.GetDirectories(library).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).ToHashSet()!;
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            string text = File.ReadAllText(file);
            var declared = NamespaceDeclaration().Match(text);
            if (!declared.Success) continue;
            string from = declared.Groups[1].Value.Split('.').ElementAtOrDefault(2) ?? "";
            if (!layers.Contains(from)) continue;
            var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (Match m in NamespaceReference().Matches(code))
            {
                string to = m.Groups[1].Value;
                if (to == from || !layers.Contains(to)) continue;
                if (!graph.TryGetValue(from, out var edges)) graph[from] = edges = new SortedSet<string>(StringComparer.Ordinal);
                edges.Add(to);
            }
        }
        return graph;
    }

    internal static List<string> FindCycles(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var cycles = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            // A path back to the start through the graph is a cycle.
            var stack = new Stack<(string Node, string Path)>([(start, start)]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (stack.Count > 0)
            {
                var (node, path) = stack.Pop();
                foreach (var next in graph.GetValueOrDefault(node) ?? [])
                {
                    if (next == start) cycles.Add($"{path} -> {start}");
                    else if (seen.Add(next)) stack.Push((next, $"{path} -> {next}"));
                }
            }
        }
        return cycles;
    }

    [Fact]
    public void Layers_depend_on_each_other_without_cycles()
    {
        var cycles = FindCycles(LayerGraph());
        Assert.True(cycles.Count == 0, "layer cycles:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void The_cycle_check_finds_a_cycle_through_several_layers()
    {
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["Syntax"] = ["Diagnostics"], ["Diagnostics"] = ["Rules"], ["Rules"] = ["Syntax", "Shell"], ["Shell"] = [],
        };
        Assert.Contains("Diagnostics -> Rules -> Syntax -> Diagnostics", FindCycles(graph));
        graph["Rules"] = ["Shell"];
        Assert.Empty(FindCycles(graph));
    }

    [Fact]
    public void Syntax_depends_on_no_other_layer()
    {
        var edges = LayerGraph().GetValueOrDefault("Syntax") ?? [];
        Assert.True(edges.Count == 0, "Syntax depends on " + string.Join(", ", edges));
    }
}
