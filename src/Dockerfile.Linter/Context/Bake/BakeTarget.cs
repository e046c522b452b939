namespace Dockerfile.Linter.Context.Bake;

/// <summary>
/// The attributes of one bake target that matter for the build context, as written (relative paths, unresolved
/// variables). Null means "not set here", so targets from several files and <c>inherits</c> chains can be layered.
/// </summary>
internal sealed record BakeTarget
{
    public required string Name { get; init; }

    /// <summary>The bake file that set the target last.</summary>
    public required string File { get; init; }

    public string? Context { get; init; }
    public string? Dockerfile { get; init; }
    public bool HasInlineDockerfile { get; init; }
    public IReadOnlyDictionary<string, string>? Contexts { get; init; }
    public IReadOnlyList<string>? Inherits { get; init; }

    /// <summary>This target with the attributes <paramref name="higher"/> sets replacing its own.</summary>
    public BakeTarget Overlaid(BakeTarget higher) => this with
    {
        File = higher.File,
        Context = higher.Context ?? Context,
        Dockerfile = higher.Dockerfile ?? Dockerfile,
        HasInlineDockerfile = higher.HasInlineDockerfile || HasInlineDockerfile,
        Contexts = higher.Contexts is null ? Contexts : Contexts is null ? higher.Contexts : Merge(Contexts, higher.Contexts),
        Inherits = higher.Inherits ?? Inherits,
    };

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> lower, IReadOnlyDictionary<string, string> higher)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in lower) merged[k] = v;
        foreach (var (k, v) in higher) merged[k] = v;
        return merged;
    }
}

/// <summary>The targets and string variable defaults of one bake file.</summary>
internal sealed record BakeFile(IReadOnlyList<BakeTarget> Targets, IReadOnlyDictionary<string, string> Variables);
