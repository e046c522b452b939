using System.Text;

namespace Dockerfile.Linter.Context.Bake;

/// <summary>
/// The builds the bake files of one folder describe. Files are layered as bake layers them (<c>docker-bake.json</c>,
/// <c>docker-bake.hcl</c>, then their <c>.override</c> variants: later files win attribute by attribute), targets take
/// what they <c>inherits</c> from, and <c>${NAME}</c> takes the default of <c>variable "NAME"</c>. The context is
/// relative to the folder, the Dockerfile relative to the context, as in bake. Values that still need a variable, a
/// remote context and inline Dockerfiles give no build.
/// </summary>
internal static class BakeDefinitions
{
    private static readonly string[] FileNames =
        ["docker-bake.json", "docker-bake.hcl", "docker-bake.override.json", "docker-bake.override.hcl"];

    private const int MaxInheritDepth = 16;

    /// <summary>The bake files present in <paramref name="directory"/>, in layering order.</summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
        FileNames.Select(n => Path.Combine(directory, n)).Where(File.Exists).ToArray();

    /// <summary>The builds of the bake files in <paramref name="directory"/>; <paramref name="boundary"/> bounds symbolic links.</summary>
    public static IReadOnlyList<BuildDefinition> Read(string directory, string boundary)
    {
        var files = new List<BakeFile>();
        foreach (var path in FilesIn(directory))
        {
            if (DefinitionFileLimits.ReadText(path, boundary) is not { } text) continue;
            var file = path.EndsWith(".json", StringComparison.Ordinal) ? JsonBakeReader.Read(text, path) : HclBakeReader.Read(text, path);
            if (file is not null) files.Add(file);
        }
        return Resolve(files, directory);
    }

    /// <summary>The builds of already read bake files that live in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<BuildDefinition> Resolve(IReadOnlyList<BakeFile> files, string directory)
    {
        var targets = new Dictionary<string, BakeTarget>(StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (name, value) in file.Variables) variables[name] = value;
            foreach (var target in file.Targets)
                targets[target.Name] = targets.TryGetValue(target.Name, out var lower) ? lower.Overlaid(target) : target;
        }
        // A target others inherit from (by convention "_common" and the like) is a template: when it builds the same
        // Dockerfile as a target that inherits it, the inheriting target names the build.
        var inherited = targets.Values.SelectMany(t => t.Inherits ?? []).ToHashSet(StringComparer.Ordinal);
        var result = new List<BuildDefinition>();
        foreach (var name in targets.Keys.OrderBy(n => inherited.Contains(n) || n.StartsWith('_')))
        {
            var target = Flatten(name, targets, 0, []);
            if (target is null || target.HasInlineDockerfile) continue;
            if (ToDefinition(target, variables, directory) is { } definition) result.Add(definition);
        }
        return result;
    }

    private static BakeTarget? Flatten(string name, Dictionary<string, BakeTarget> targets, int depth, HashSet<string> seen)
    {
        if (depth > MaxInheritDepth || !seen.Add(name) || !targets.TryGetValue(name, out var target)) return null;
        BakeTarget? inherited = null;
        foreach (var parentName in target.Inherits ?? [])
        {
            if (Flatten(parentName, targets, depth + 1, seen) is not { } parent) continue;
            inherited = inherited is null ? parent : inherited.Overlaid(parent);
        }
        seen.Remove(name);
        return inherited is null ? target : (inherited with { Name = target.Name }).Overlaid(target) with { Inherits = target.Inherits };
    }

    private static BuildDefinition? ToDefinition(BakeTarget target, Dictionary<string, string> variables, string directory)
    {
        var context = Substitute(target.Context ?? ".", variables);
        var dockerfile = Substitute(target.Dockerfile ?? "Dockerfile", variables);
        if (string.IsNullOrEmpty(context) || string.IsNullOrEmpty(dockerfile) || RemoteSource.IsRemote(context)) return null;
        if (DefinitionFileLimits.FullPath(context, directory) is not { } contextDirectory) return null;
        if (DefinitionFileLimits.FullPath(dockerfile, contextDirectory) is not { } dockerfilePath) return null;
        var named = new List<NamedBuildContext>();
        foreach (var (name, raw) in target.Contexts ?? new Dictionary<string, string>())
        {
            if (Substitute(raw, variables) is { Length: > 0 } value) named.Add(NamedBuildContext.Parse(name, value, directory));
        }
        return new BuildDefinition(BuildContextOrigin.Bake, Path.GetFullPath(target.File), target.Name, contextDirectory, dockerfilePath, named);
    }

    /// <summary><c>${NAME}</c> replaced by its default; null when a template needs anything else.</summary>
    internal static string? Substitute(string value, IReadOnlyDictionary<string, string> variables)
    {
        if (!value.Contains("${", StringComparison.Ordinal) && !value.Contains("%{", StringComparison.Ordinal)) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 1 < value.Length && value[i + 1] == '{') return null;
            if (value[i] != '$' || i + 1 >= value.Length || value[i + 1] != '{')
            {
                sb.Append(value[i]);
                continue;
            }
            var close = value.IndexOf('}', i + 2);
            if (close < 0) return null;
            var name = value[(i + 2)..close].Trim();
            if (!variables.TryGetValue(name, out var replacement) || replacement.Contains("${", StringComparison.Ordinal)) return null;
            sb.Append(replacement);
            i = close;
        }
        return sb.ToString();
    }
}
