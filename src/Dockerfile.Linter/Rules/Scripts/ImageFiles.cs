using Dockerfile.Linter.Context;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Maps a path in the image back to the build-context file a stage's COPY/ADD put there. Only copies from the main
/// context count: <c>--from</c> copies, URLs, git sources, heredoc bodies and sources whose variables are not known are
/// left out, and so are ONBUILD triggers (another build, another context). Copies of the stage's base stages
/// (<c>FROM builder</c>) count too; the latest copy to a path wins.
/// </summary>
internal sealed class ImageFiles
{
    private readonly SemanticModel _semantics;
    private readonly BuildContext _context;
    private readonly Dictionary<FileTransferInstruction, Copy?> _copies = new(ReferenceEqualityComparer.Instance);

    public ImageFiles(SemanticModel semantics, BuildContext context)
    {
        _semantics = semantics;
        _context = context;
    }

    /// <summary>One resolved COPY/ADD: its absolute destination and the context paths it copies (with whether each is a directory).</summary>
    private sealed record Copy(string Destination, bool DestinationIsDirectory, List<(string Path, bool IsDirectory)> Sources);

    /// <summary>
    /// The context path of the file at <paramref name="imagePath"/> (absolute, cleaned) as the image has it when
    /// <paramref name="before"/> runs (all the stage's copies when <paramref name="before"/> is null), or null when no
    /// copy from the context puts a file there.
    /// </summary>
    public string? ContextPathOf(string imagePath, Stage stage, Instruction? before)
    {
        var chain = new List<(Stage Stage, Instruction? Before)>();
        for (var info = _semantics.GetStage(stage); info is not null && chain.Count < 64; info = info.BaseStage)
            chain.Add((info.Stage, chain.Count == 0 ? before : null));
        foreach (var (current, limit) in chain)
        {
            var instructions = current.Instructions;
            int end = limit is null ? instructions.Length : instructions.IndexOf(limit);
            if (end < 0) end = instructions.Length;
            for (int i = end - 1; i >= 0; i--)
            {
                if (instructions[i] is not FileTransferInstruction transfer || Resolve(transfer) is not { } copy) continue;
                if (Find(copy, imagePath) is { } found) return found;
            }
        }
        return null;
    }

    private HashSet<string>? _fileNames;
    private bool _copiesDirectory;

    /// <summary>
    /// A cheap first test: false when no copy of the file can have put <paramref name="path"/> into the image (no file
    /// source has its name and no directory is copied), so most command names are never looked up.
    /// </summary>
    public bool MayHold(string path)
    {
        if (_fileNames is null)
        {
            _fileNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var transfer in _semantics.Syntax.Instructions.OfType<FileTransferInstruction>())
            {
                if (Resolve(transfer) is not { } copy) continue;
                // "COPY start.sh /usr/local/bin/launch" puts it there as "launch"
                if (!copy.DestinationIsDirectory) _fileNames.Add(copy.Destination[(copy.Destination.LastIndexOf('/') + 1)..]);
                foreach (var (source, isDirectory) in copy.Sources)
                {
                    if (isDirectory) _copiesDirectory = true;
                    else _fileNames.Add(source[(source.LastIndexOf('/') + 1)..]);
                }
            }
        }
        return _copiesDirectory || _fileNames.Contains(path[(path.LastIndexOf('/') + 1)..]);
    }

    private static string? Find(Copy copy, string imagePath)
    {
        foreach (var (source, isDirectory) in copy.Sources)
        {
            if (isDirectory)
            {
                // A directory's contents go into the destination.
                if (RelativeBelow(imagePath, copy.Destination) is { } rest) return source == "." ? rest : source + "/" + rest;
                continue;
            }
            string name = source[(source.LastIndexOf('/') + 1)..];
            string intoDirectory = copy.Destination == "/" ? "/" + name : copy.Destination + "/" + name;
            if (imagePath == intoDirectory) return source;
            // "COPY run.sh /usr/local/bin" names a file, unless the base image has that directory: either reading is kept.
            if (!copy.DestinationIsDirectory && imagePath == copy.Destination) return source;
        }
        return null;
    }

    private static string? RelativeBelow(string path, string directory)
    {
        if (directory == "/") return path.Length > 1 ? path[1..] : null;
        return path.Length > directory.Length + 1 && path[directory.Length] == '/' && path.StartsWith(directory, StringComparison.Ordinal)
            ? path[(directory.Length + 1)..]
            : null;
    }

    private Copy? Resolve(FileTransferInstruction transfer)
    {
        if (_copies.TryGetValue(transfer, out var cached)) return cached;
        Copy? copy = null;
        if (!transfer.HasFlag("from") && transfer.Destination is { } destinationWord
            && _semantics.Expand(destinationWord, transfer) is { Length: > 0 } destination
            && ImagePaths.Resolve(destination, ImagePaths.WorkdirAt(_semantics, transfer)) is { } absolute)
        {
            var sources = new List<(string, bool)>();
            bool manySources = transfer.Sources.Length > 1;
            foreach (var (_, value) in MainContextSources.Of(transfer, _semantics))
            {
                // ADD unpacks local archives: a script is not found by its name in one.
                if (transfer is AddInstruction && IsArchive(value)) continue;
                var resolution = _context.ResolveSource(value);
                manySources |= resolution.HasWildcards;
                foreach (var match in resolution.Matches) sources.Add((match, match == "." || _context.IsDirectory(match)));
            }
            bool destinationIsDirectory = manySources || destination.EndsWith('/') || destination.EndsWith("/.", StringComparison.Ordinal)
                                          || destination == "." || absolute == "/";
            copy = new Copy(absolute, destinationIsDirectory, sources);
        }
        _copies[transfer] = copy;
        return copy;
    }

    private static bool IsArchive(string path) =>
        path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
        || path.Contains(".tar.", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txz", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Paths in the image: WORKDIR-relative paths made absolute, cleaned as the builder cleans them.</summary>
internal static class ImagePaths
{
    /// <summary>The absolute, cleaned form of <paramref name="path"/> relative to <paramref name="workdir"/>; null when it still holds a variable.</summary>
    public static string? Resolve(string path, string workdir)
    {
        if (path.Contains('$')) return null;
        var joined = path.StartsWith('/') ? path : workdir.TrimEnd('/') + "/" + path;
        return GoPath.Clean(joined);
    }

    /// <summary>
    /// The working directory in effect at <paramref name="instruction"/>: its stage's WORKDIRs (and those of its base
    /// stages) joined in order, starting from <c>/</c> (a base image's own WORKDIR is not known).
    /// </summary>
    public static string WorkdirAt(SemanticModel semantics, Instruction instruction)
    {
        var stages = new List<(Stage Stage, Instruction? Before)>();
        for (var info = semantics.GetStage(instruction); info is not null && stages.Count < 64; info = info.BaseStage)
            stages.Add((info.Stage, stages.Count == 0 ? instruction : null));
        string workdir = "/";
        for (int s = stages.Count - 1; s >= 0; s--)
        {
            foreach (var current in stages[s].Stage.Instructions)
            {
                if (ReferenceEquals(current, stages[s].Before)) break;
                if (current is not WorkdirInstruction { Path: { } word } workdirInstruction) continue;
                var value = semantics.Expand(word, workdirInstruction);
                workdir = value is null ? "/" : Resolve(value, workdir) ?? "/";
            }
        }
        return workdir;
    }
}
