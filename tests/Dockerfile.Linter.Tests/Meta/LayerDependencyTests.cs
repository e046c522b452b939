using System.Text.RegularExpressions;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>
/// The library's folders are layers whose dependencies point one way, towards Syntax: read every source file's
/// namespace and the library namespaces it names (usings and qualified names, comments left out) and require each
/// layer to depend only on layers below it in <see cref="Order"/> (so no cycle either), and Syntax on none.
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

    /// <summary>
    /// The layers from the bottom up; a layer may use the layers of earlier rows only (README's "Project layout" shows
    /// the same order). Layers of one row are independent of each other.
    /// </summary>
    internal static readonly string[][] Order =
    [
        ["Syntax"],
        ["Matching", "Diagnostics"],
        ["Expansion"],
        ["Parsing"],
        ["Shell", "Semantics", "Suppression", "Secrets"],
        ["Context"],
        ["Rules"],
        ["Reporting", "Documentation"],
        ["Configuration"],
    ];

    /// <summary>Every dependency that points sideways or up in <paramref name="order"/>, or names a layer the order does not place.</summary>
    internal static List<string> FindViolations(IReadOnlyDictionary<string, SortedSet<string>> graph, string[][] order)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < order.Length; i++)
            foreach (var layer in order[i]) rank[layer] = i;
        var violations = new List<string>();
        foreach (var (from, edges) in graph.OrderBy(e => e.Key, StringComparer.Ordinal))
            foreach (var to in edges)
            {
                if (!rank.TryGetValue(from, out int fromRank)) violations.Add($"{from} is not placed in the layer order");
                else if (!rank.TryGetValue(to, out int toRank)) violations.Add($"{to} is not placed in the layer order");
                else if (toRank >= fromRank) violations.Add($"{from} -> {to} points {(toRank == fromRank ? "sideways" : "up")}");
            }
        return violations;
    }

    [Fact]
    public void Layers_depend_only_on_the_layers_below_them()
    {
        var violations = FindViolations(LayerGraph(), Order);
        Assert.True(violations.Count == 0, "layer dependencies against the order:\n" + string.Join('\n', violations.Distinct()));
    }

    [Fact]
    public void Every_folder_of_the_library_has_its_place_in_the_order()
    {
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        var folders = Directory.GetDirectories(Path.Combine(root, "src", "Dockerfile.Linter")).Select(Path.GetFileName)
            .Where(n => n is not ("bin" or "obj")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, Order.SelectMany(row => row).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_order_check_finds_dependencies_that_point_up_or_sideways()
    {
        string[][] order = [["Syntax"], ["Parsing"], ["Shell", "Semantics"], ["Rules"]];
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["Rules"] = ["Syntax", "Shell"], ["Parsing"] = ["Syntax"], ["Semantics"] = ["Syntax"],
        };
        Assert.Empty(FindViolations(graph, order));
        graph["Syntax"] = ["Rules"];
        graph["Shell"] = ["Semantics"];
        graph["Parsing"] = ["Matching"];
        Assert.Equal(["Matching is not placed in the layer order", "Shell -> Semantics points sideways", "Syntax -> Rules points up"],
            FindViolations(graph, order));
    }

    [Fact]
    public void The_library_does_not_name_the_command_line_tool()
    {
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "Dockerfile.Linter"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Dockerfile.Linter.Cli", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
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
