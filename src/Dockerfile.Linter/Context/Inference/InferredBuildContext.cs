using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>
/// The build context a Dockerfile is checked against, and why: given explicitly, or inferred by
/// <see cref="BuildContextInferrer"/> from the repository (a compose service, a bake target, the Dockerfile's folder or
/// an ancestor folder). Also carries the named contexts that <c>FROM name</c> and <c>COPY --from=name</c> resolve to.
/// </summary>
public sealed class InferredBuildContext
{
    internal InferredBuildContext(
        string directory,
        BuildContextOrigin origin,
        string reason,
        string? definitionFile = null,
        string? definitionName = null,
        string? repositoryRoot = null,
        IEnumerable<NamedBuildContext>? namedContexts = null,
        string? dockerfilePath = null)
    {
        DockerfilePath = dockerfilePath;
        Directory = directory;
        Origin = origin;
        Reason = reason;
        DefinitionFile = definitionFile;
        DefinitionName = definitionName;
        RepositoryRoot = repositoryRoot;
        var named = ImmutableDictionary.CreateBuilder<string, NamedBuildContext>(StringComparer.Ordinal);
        foreach (var context in namedContexts ?? []) named[context.Name] = context;
        NamedContexts = named.ToImmutable();
    }

    /// <summary>A context given by the caller.</summary>
    /// <param name="directory">The context folder.</param>
    /// <param name="reason">Where it was given, for reports (<c>--context</c>, <c>context: in .dockerfile-lint.yaml</c>).</param>
    /// <param name="namedContexts">Named contexts, if any.</param>
    /// <param name="dockerfilePath">The Dockerfile's path on disk, if known (for messages and a Dockerfile-specific <c>.dockerignore</c>).</param>
    public static InferredBuildContext Explicit(string directory, string reason, IEnumerable<NamedBuildContext>? namedContexts = null,
        string? dockerfilePath = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(reason);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return new InferredBuildContext(full, BuildContextOrigin.Explicit, reason, repositoryRoot: GitRepository.FindRoot(full),
            namedContexts: namedContexts, dockerfilePath: dockerfilePath is null ? null : Path.GetFullPath(dockerfilePath));
    }

    /// <summary>The Dockerfile's absolute path when the context was inferred for or given with a file on disk, otherwise null.</summary>
    public string? DockerfilePath { get; }

    /// <summary>The context folder (absolute).</summary>
    public string Directory { get; }

    /// <summary>How the folder was chosen.</summary>
    public BuildContextOrigin Origin { get; }

    /// <summary>Why, in words for reports: <c>docker-compose.yml service api</c>, <c>docker-bake.hcl target app</c>, <c>--context</c>…</summary>
    public string Reason { get; }

    /// <summary>The compose or bake file that names the Dockerfile (absolute), or null.</summary>
    public string? DefinitionFile { get; }

    /// <summary>The compose service or bake target that names the Dockerfile, or null.</summary>
    public string? DefinitionName { get; }

    /// <summary>The repository root (the nearest folder above the Dockerfile holding <c>.git</c>), or null outside a repository.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>
    /// For a folder chosen by its COPY/ADD sources (<see cref="BuildContextOrigin.DockerfileDirectory"/>,
    /// <see cref="BuildContextOrigin.AncestorDirectory"/>): how many distinct sources were compared (<c>.</c> left out);
    /// 0 otherwise.
    /// </summary>
    public int SourcesChecked { get; internal init; }

    /// <summary>How many of <see cref="SourcesChecked"/> exist in <see cref="Directory"/>.</summary>
    public int SourcesFound { get; internal init; }

    /// <summary>
    /// False when the context is only the Dockerfile's folder by default and none of its COPY/ADD sources exist
    /// there: the file is built from somewhere the repository does not show (a CI script, another checkout), so
    /// "missing" sources prove nothing.
    /// </summary>
    public bool IsCorroborated => Origin != BuildContextOrigin.DockerfileDirectory || SourcesChecked == 0 || SourcesFound > 0;

    /// <summary>Named contexts by name (ordinal).</summary>
    public ImmutableDictionary<string, NamedBuildContext> NamedContexts { get; }

    /// <summary>A copy with <paramref name="namedContexts"/> added; they win over contexts of the same name.</summary>
    public InferredBuildContext WithNamedContexts(IEnumerable<NamedBuildContext> namedContexts)
    {
        ArgumentNullException.ThrowIfNull(namedContexts);
        return new InferredBuildContext(Directory, Origin, Reason, DefinitionFile, DefinitionName, RepositoryRoot,
            NamedContexts.Values.Concat(namedContexts), DockerfilePath)
        {
            SourcesChecked = SourcesChecked,
            SourcesFound = SourcesFound,
        };
    }

    /// <summary>The folder as a path relative to <paramref name="baseDirectory"/> (<c>./</c> for itself), for messages.</summary>
    public string DisplayDirectory(string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var relative = Path.GetRelativePath(baseDirectory, Directory).Replace('\\', '/');
        if (relative == ".") return "./";
        return Path.IsPathRooted(relative) || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".."
            ? relative + "/"
            : "./" + relative + "/";
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Directory} ({Reason})";
}
