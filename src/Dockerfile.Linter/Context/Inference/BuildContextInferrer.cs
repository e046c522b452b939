using System.Collections.Concurrent;
using Dockerfile.Linter.Context.Bake;
using Dockerfile.Linter.Context.Compose;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Finds the build context of a Dockerfile on disk as its build would, most specific first:
/// <list type="number">
/// <item>a compose file (<c>compose.yaml</c>, <c>compose.yml</c>, <c>docker-compose.yml</c>, <c>docker-compose.yaml</c>,
/// <c>docker-compose.*.yml</c>…) whose service <c>build</c> names the Dockerfile;</item>
/// <item>a bake file (<c>docker-bake.hcl</c>, <c>docker-bake.json</c>, <c>docker-bake.override.*</c>) whose target names it;</item>
/// <item>otherwise the Dockerfile's folder, unless more of its COPY/ADD sources exist in a folder above it, up to the
/// repository root, in which case the nearest such folder.</item>
/// </list>
/// Compose and bake files are looked for in the Dockerfile's folder and each folder above it up to the repository root
/// (the nearest folder with <c>.git</c>); outside a repository only the Dockerfile's folder is searched and no ancestor
/// is considered. Contexts and named contexts must stay inside the repository (outside one: inside the folder of the
/// file that names them). Files are size- and depth-limited, symbolic links leaving the repository are not followed,
/// and nothing throws for bad input. One instance caches what it read: reuse it across the files of a run (it is safe
/// to use from several threads), and make a new one when files may have changed.
/// </summary>
public sealed class BuildContextInferrer
{
    /// <summary>The most COPY/ADD sources examined when comparing folders.</summary>
    public const int MaxSourcesCompared = 64;

    private readonly ConcurrentDictionary<string, IReadOnlyList<BuildDefinition>> _compose = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<BuildDefinition>> _bake = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BuildContext> _contexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProducedFiles> _produced = new(StringComparer.Ordinal);
    // Per folder and per (folder, source): the files of one folder share their repository root and most of their
    // COPY sources, so each is looked up on disk once per run rather than once per file.
    private readonly ConcurrentDictionary<string, string?> _roots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Folder, string Source), bool> _sourceExists = new();
    // What the views of the contexts and of the compared folders learnt about folders: each is listed once per run.
    private readonly ContextDirectoryCache _directories = new();
    // Names in folders, for existence checks that are mostly "no" (a Dockerfile's own .dockerignore): one listing per folder.
    private readonly ConcurrentDictionary<string, HashSet<string>?> _names = new(StringComparer.Ordinal);

    /// <summary>Infers the context of the Dockerfile at <paramref name="dockerfilePath"/>, reading and parsing it for its COPY sources.</summary>
    /// <param name="dockerfilePath">The Dockerfile's path on disk.</param>
    public InferredBuildContext Infer(string dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        DockerfileSyntax? syntax = null;
        var text = DefinitionFileLimits.ReadText(dockerfilePath, Path.GetDirectoryName(Path.GetFullPath(dockerfilePath))!);
        if (text is not null) syntax = DockerfileParser.Parse(text, dockerfilePath);
        return Infer(dockerfilePath, syntax);
    }

    /// <summary>Infers the context of the Dockerfile at <paramref name="dockerfilePath"/>.</summary>
    /// <param name="dockerfilePath">The Dockerfile's path on disk (it need not exist; its folder is what counts).</param>
    /// <param name="syntax">The parsed Dockerfile, whose COPY/ADD sources decide between its folder and an ancestor; null to skip that step.</param>
    public InferredBuildContext Infer(string dockerfilePath, DockerfileSyntax? syntax) => Infer(dockerfilePath, syntax, null);

    /// <summary>As <see cref="Infer(string, DockerfileSyntax?)"/>, reading the COPY sources through <paramref name="semantics"/>
    /// (a model of <paramref name="syntax"/> without build arguments that the lint then reuses) when given.</summary>
    internal InferredBuildContext Infer(string dockerfilePath, DockerfileSyntax? syntax, Lazy<SemanticModel>? semantics)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        var dockerfile = Path.GetFullPath(dockerfilePath);
        var directory = Path.GetDirectoryName(dockerfile)!;
        var root = _roots.GetOrAdd(directory, GitRepository.FindRoot);
        var folders = GitRepository.FoldersUpTo(directory, root);

        foreach (var folder in folders)
            if (Match(_compose.GetOrAdd(folder, ReadCompose), dockerfile, root) is { } found) return found;
        foreach (var folder in folders)
            if (Match(_bake.GetOrAdd(folder, f => BakeDefinitions.Read(f, f)), dockerfile, root) is { } found) return found;

        // "." names the folder itself and exists everywhere: it says nothing about which folder is meant.
        var sources = syntax is null || !HasMainContextTransfer(syntax)
            ? []
            : MainContextSources.OfFile(syntax, semantics?.Value ?? SemanticModel.Create(syntax))
                .Where(s => GoPath.ToContextRelative(s) != ".")
                .Distinct(StringComparer.Ordinal).Take(MaxSourcesCompared).ToArray();
        var own = Found(directory, sources);
        if (root is not null && folders.Count > 1 && own < sources.Length && FromAncestor(sources, own, folders, root, dockerfile) is { } ancestor)
            return ancestor;
        return new InferredBuildContext(directory, BuildContextOrigin.DockerfileDirectory, "the Dockerfile's folder", repositoryRoot: root,
            dockerfilePath: dockerfile)
        {
            SourcesChecked = sources.Length,
            SourcesFound = own,
        };
    }

    /// <summary>True when a COPY or ADD without <c>--from</c> may read the main context (no semantic model is built otherwise).</summary>
    private static bool HasMainContextTransfer(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
            if (instruction is FileTransferInstruction transfer && !transfer.HasFlag("from")) return true;
        return false;
    }

    private static IReadOnlyList<BuildDefinition> ReadCompose(string folder) =>
        ComposeFileReader.FilesIn(folder).SelectMany(f => ComposeFileReader.Read(f, folder)).ToArray();

    private static InferredBuildContext? Match(IReadOnlyList<BuildDefinition> definitions, string dockerfile, string? root)
    {
        foreach (var definition in definitions)
        {
            if (!string.Equals(definition.DockerfilePath, dockerfile, StringComparison.Ordinal)) continue;
            var boundary = root ?? Path.GetDirectoryName(definition.DefinitionFile)!;
            if (!GitRepository.IsSameOrBelow(definition.ContextDirectory, boundary)) continue;
            var named = definition.NamedContexts.Select(n =>
                n.Directory is { } d && !GitRepository.IsSameOrBelow(d, boundary) ? n with { Directory = null } : n);
            var shownFile = Path.GetRelativePath(root ?? Path.GetDirectoryName(dockerfile)!, definition.DefinitionFile).Replace('\\', '/');
            var kind = definition.Origin == BuildContextOrigin.Compose ? "service" : "target";
            return new InferredBuildContext(definition.ContextDirectory, definition.Origin, $"{shownFile} {kind} {definition.Name}",
                definition.DefinitionFile, definition.Name, root, named, dockerfile);
        }
        return null;
    }

    private InferredBuildContext? FromAncestor(string[] sources, int own, List<string> folders, string root, string dockerfile)
    {
        string? best = null;
        var bestCount = own;
        foreach (var folder in folders.Skip(1))
        {
            var count = Found(folder, sources);
            if (count <= bestCount) continue;
            best = folder;
            bestCount = count;
            if (count == sources.Length) break;
        }
        if (best is null) return null;
        var reason = best == root
            ? $"the repository root: {bestCount} of {sources.Length} COPY/ADD sources exist there, {own} in the Dockerfile's folder"
            : $"{bestCount} of {sources.Length} COPY/ADD sources exist there, {own} in the Dockerfile's folder";
        return new InferredBuildContext(best, BuildContextOrigin.AncestorDirectory, reason, repositoryRoot: root, dockerfilePath: dockerfile)
        {
            SourcesChecked = sources.Length,
            SourcesFound = bestCount,
        };
    }

    private int Found(string folder, string[] sources)
    {
        if (sources.Length == 0) return 0;
        int found = 0;
        foreach (var source in sources)
            if (_sourceExists.GetOrAdd((folder, source), key =>
                    CopySourceResolver.Resolve(new PhysicalContextFileSystem(key.Folder, _directories), DockerIgnoreMatcher.Empty, key.Source).Exists))
                found++;
        return found;
    }

    /// <summary>The walkable context of <paramref name="directory"/> for <paramref name="dockerfilePath"/>, shared by files that resolve to the same one.</summary>
    internal BuildContext OpenContext(string directory, string? dockerfilePath)
    {
        var ignore = DockerIgnoreFile.Locate(directory, dockerfilePath, MayExist);
        return _contexts.GetOrAdd(directory + "\n" + ignore, _ => BuildContext.Open(directory, ignore, _directories));
    }

    /// <summary>
    /// False when <paramref name="path"/>'s folder, listed once per run, has no entry of that name; true when it has one
    /// or cannot be listed (the caller then asks the file system).
    /// </summary>
    private bool MayExist(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is null) return true;
        var names = _names.GetOrAdd(folder, static f =>
        {
            try
            {
                return Directory.EnumerateFileSystemEntries(f).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
            {
                return null;
            }
        });
        return names is null || names.Contains(Path.GetFileName(path));
    }

    /// <summary>What tells whether a missing source is made before the build, for a context and its Dockerfile.</summary>
    internal ProducedFiles ProducedFilesFor(InferredBuildContext context, string? dockerfilePath)
    {
        dockerfilePath = context.DockerfilePath ?? dockerfilePath;
        var root = context.RepositoryRoot ?? context.Directory;
        var dockerfileFolder = dockerfilePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(dockerfilePath));
        var key = root + "\n" + context.Directory + "\n" + dockerfileFolder;
        return _produced.GetOrAdd(key, _ => new ProducedFiles(root, dockerfileFolder is null ? [context.Directory] : [context.Directory, dockerfileFolder]));
    }
}
