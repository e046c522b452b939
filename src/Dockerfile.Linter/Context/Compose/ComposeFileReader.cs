using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dockerfile.Linter.Context.Compose;

/// <summary>
/// Reads the builds a compose file describes: each service's <c>build</c>, in its short form (a context path) or long
/// form (<c>context</c>, <c>dockerfile</c> relative to the context, <c>additional_contexts</c> as a map or a list of
/// <c>name=value</c>). YAML anchors and <c>&lt;&lt;</c> merge keys are followed; <c>${VAR:-default}</c> takes its default,
/// and a value that needs any other variable is skipped. Never throws: unreadable files give no builds.
/// </summary>
internal static class ComposeFileReader
{
    /// <summary>The compose file names of a folder, in the order compose itself prefers them, then the variants.</summary>
    public static IEnumerable<string> FilesIn(string directory)
    {
        string[] preferred = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
        var found = new List<string>();
        foreach (var name in preferred)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path)) found.Add(path);
        }
        try
        {
            var variants = new List<string>();
            foreach (var pattern in new[] { "docker-compose.*", "compose.*" })
            {
                foreach (var path in Directory.EnumerateFiles(directory, pattern, new EnumerationOptions { RecurseSubdirectories = false }))
                {
                    var name = Path.GetFileName(path);
                    if (preferred.Contains(name) || !(name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))) continue;
                    variants.Add(path);
                    if (variants.Count >= DefinitionFileLimits.MaxFilesPerFolder) break;
                }
            }
            variants.Sort(StringComparer.Ordinal);
            found.AddRange(variants);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
        }
        return found.Take(DefinitionFileLimits.MaxFilesPerFolder);
    }

    /// <summary>The builds of the compose file at <paramref name="path"/>; <paramref name="boundary"/> bounds symbolic links.</summary>
    public static IReadOnlyList<BuildDefinition> Read(string path, string boundary)
    {
        var text = DefinitionFileLimits.ReadText(path, boundary);
        return text is null ? [] : Parse(text, path);
    }

    /// <summary>The builds described by compose <paramref name="text"/> read from <paramref name="path"/>.</summary>
    public static IReadOnlyList<BuildDefinition> Parse(string text, string path)
    {
        if (Load(text) is not YamlMappingNode root) return [];
        if (Get(root, "services") is not YamlMappingNode services) return [];
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var result = new List<BuildDefinition>();
        foreach (var (key, value) in services.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlMappingNode service) continue;
            if (ReadBuild(Get(service, "build"), name, path, directory) is { } build) result.Add(build);
        }
        return result;
    }

    private static BuildDefinition? ReadBuild(YamlNode? build, string service, string file, string directory)
    {
        string? context;
        string dockerfile = "Dockerfile";
        var named = new List<NamedBuildContext>();
        switch (build)
        {
            case YamlScalarNode scalar:
                context = Interpolate(scalar.Value);
                break;
            case YamlMappingNode map:
                if (Get(map, "dockerfile_inline") is not null) return null;
                context = Get(map, "context") switch
                {
                    null => ".",
                    YamlScalarNode c => Interpolate(c.Value),
                    _ => null,
                };
                switch (Get(map, "dockerfile"))
                {
                    case null: break;
                    case YamlScalarNode d when Interpolate(d.Value) is { Length: > 0 } value: dockerfile = value; break;
                    default: return null;
                }
                ReadAdditionalContexts(Get(map, "additional_contexts"), directory, named);
                break;
            default:
                return null;
        }
        if (string.IsNullOrEmpty(context) || RemoteSource.IsRemote(context))
            return null;
        if (DefinitionFileLimits.FullPath(context, directory) is not { } contextDirectory) return null;
        if (DefinitionFileLimits.FullPath(dockerfile, contextDirectory) is not { } dockerfilePath) return null;
        return new BuildDefinition(BuildContextOrigin.Compose, Path.GetFullPath(file), service, contextDirectory, dockerfilePath, named);
    }

    private static void ReadAdditionalContexts(YamlNode? node, string directory, List<NamedBuildContext> named)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlScalarNode { Value: { } raw }
                    && Interpolate(raw) is { Length: > 0 } resolved)
                    named.Add(NamedBuildContext.Parse(name, resolved, directory));
            }
        }
        else if (node is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is not YamlScalarNode { Value: { } entry } || Interpolate(entry) is not { } resolved) continue;
                var eq = resolved.IndexOf('=');
                if (eq > 0 && eq < resolved.Length - 1) named.Add(NamedBuildContext.Parse(resolved[..eq], resolved[(eq + 1)..], directory));
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, also through <c>&lt;&lt;</c> merge keys (bounded depth).</summary>
    private static YamlNode? Get(YamlMappingNode map, string key, int depth = 0)
    {
        if (depth > 8) return null;
        YamlNode? merged = null;
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } name }) continue;
            if (name == key) return v;
            if (name == "<<") merged = v;
        }
        return merged switch
        {
            YamlMappingNode m => Get(m, key, depth + 1),
            YamlSequenceNode s => s.Children.OfType<YamlMappingNode>().Select(m => Get(m, key, depth + 1)).FirstOrDefault(n => n is not null),
            _ => null,
        };
    }

    /// <summary>Compose interpolation without an environment: defaults are used, <c>$$</c> is a dollar, anything else is unknown (null).</summary>
    internal static string? Interpolate(string? value)
    {
        if (value is null || !value.Contains('$')) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '$') { sb.Append(c); continue; }
            if (i + 1 < value.Length && value[i + 1] == '$') { sb.Append('$'); i++; continue; }
            if (i + 1 >= value.Length || value[i + 1] != '{') return null;
            var close = value.IndexOf('}', i + 2);
            if (close < 0) return null;
            var inner = value[(i + 2)..close];
            var op = inner.IndexOf(":-", StringComparison.Ordinal) is var colon and >= 0 ? colon : inner.IndexOf('-');
            if (op <= 0) return null;
            var skip = inner[op] == ':' ? 2 : 1;
            var fallback = inner[(op + skip)..];
            if (fallback.Contains('$')) return null;
            sb.Append(fallback);
            i = close;
        }
        return sb.ToString();
    }

    /// <summary>The first document's root, or null when the YAML is invalid, too deep or too large.</summary>
    private static YamlNode? Load(string text)
    {
        try
        {
            if (!WithinLimits(text)) return null;
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    // The event parser does not recurse, so it can measure nesting before the recursive loader sees the text.
    private static bool WithinLimits(string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, events = 0;
        while (parser.MoveNext())
        {
            if (++events > DefinitionFileLimits.MaxYamlEvents) return false;
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > DefinitionFileLimits.MaxDepth) return false;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return true;
    }
}
