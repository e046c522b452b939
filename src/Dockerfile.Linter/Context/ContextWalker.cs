using System.Collections.Immutable;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Walks a context the way the docker client sends it: entries excluded by .dockerignore are skipped (a whole
/// excluded directory at once unless a <c>!</c> pattern could re-include something below it), symbolic links are
/// sent as links and never followed, and every failure becomes a <see cref="ContextProblem"/>.
/// </summary>
internal sealed class ContextWalker
{
    private readonly IContextFileSystem _fs;
    private readonly DockerIgnoreMatcher _matcher;
    private readonly ContextWalkLimits _limits;
    private readonly List<string> _secretCandidates = [];
    private int _fileCount;
    private readonly List<NotableEntry> _notables = [];
    private readonly List<ContextProblem> _problems = [];
    private readonly HashSet<string> _problemPaths = new(StringComparer.Ordinal);
    private int _directoryCount;
    private long _totalBytes;
    private bool _stopped;
    private bool _depthLimited;

    private ContextWalker(IContextFileSystem fs, DockerIgnoreMatcher matcher, ContextWalkLimits limits)
    {
        _fs = fs;
        _matcher = matcher;
        _limits = limits;
    }

    public static ContextSummary Walk(IContextFileSystem fs, DockerIgnoreMatcher matcher, ContextWalkLimits limits)
    {
        var walker = new ContextWalker(fs, matcher, limits);
        walker.WalkDirectory(".", 0, null);
        var secrets = SecretFileCatalog.Find(walker._secretCandidates, walker.TryReadPrefix);
        return new ContextSummary
        {
            FileCount = walker._fileCount,
            DirectoryCount = walker._directoryCount,
            TotalBytes = walker._totalBytes,
            NotableEntries = [.. walker._notables.OrderBy(n => n.Path, StringComparer.Ordinal)],
            SecretFiles = [.. secrets],
            Problems = [.. walker._problems],
            IsComplete = !walker._stopped && !walker._depthLimited,
        };
    }

    private sealed class TreeTotals(string path, NotableKind kind)
    {
        public int Files;
        public long Bytes;
        public NotableEntry ToEntry() => new(path, kind, Files, Bytes);
    }

    private void WalkDirectory(string directory, int depth, TreeTotals? insideNotable)
    {
        IReadOnlyList<ContextEntry> entries;
        try
        {
            entries = _fs.List(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Report(ContextProblemKind.Unreadable, directory, $"directory cannot be read: {ex.Message}");
            return;
        }

        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (_stopped) return;
            var path = directory == "." ? entry.Name : directory + "/" + entry.Name;
            var excluded = _matcher.MatchesOrParentMatches(path);
            if (entry.Kind == ContextEntryKind.Directory)
                VisitDirectory(path, entry.Name, names, excluded, depth, insideNotable);
            else if (entry.Kind == ContextEntryKind.Unreadable)
            {
                if (!excluded) Report(ContextProblemKind.Unreadable, path, $"cannot be read: {entry.Error}");
            }
            else if (!excluded)
                VisitFile(path, entry, insideNotable);
        }
    }

    private void VisitDirectory(string path, string name, IReadOnlySet<string> siblings, bool excluded, int depth, TreeTotals? insideNotable)
    {
        if (excluded && !_matcher.HasExclusions) return;
        if (depth + 1 > _limits.MaxDepth)
        {
            _depthLimited = true;
            Report(ContextProblemKind.DepthLimitReached, path, $"not examined: deeper than {_limits.MaxDepth} levels");
            return;
        }
        if (!excluded) _directoryCount++;

        var kind = insideNotable is null && !excluded ? BuildOutputHeuristics.Classify(name, siblings) : null;
        if (kind is null)
        {
            WalkDirectory(path, depth + 1, insideNotable);
            return;
        }
        var totals = new TreeTotals(path, kind.Value);
        WalkDirectory(path, depth + 1, totals);
        _notables.Add(totals.ToEntry());
    }

    private void VisitFile(string path, ContextEntry entry, TreeTotals? insideNotable)
    {
        if (_fileCount >= _limits.MaxFiles)
        {
            _stopped = true;
            Report(ContextProblemKind.FileLimitReached, path, $"stopped after {_limits.MaxFiles} files; counts are lower bounds");
            return;
        }
        _fileCount++;
        if (entry.Kind == ContextEntryKind.Special)
            Report(ContextProblemKind.NotRegularFile, path, "not a regular file (a FIFO, socket or device): not read");
        // A symlink is sent as a link: what it points to never reaches the builder, so it cannot leak a secret.
        // Only non-empty regular files can hold a secret; FIFOs and devices report a size of 0 and are never opened.
        if (entry.Kind == ContextEntryKind.File && entry.Length > 0) _secretCandidates.Add(path);
        _totalBytes += entry.Length;
        if (insideNotable is not null)
        {
            insideNotable.Files++;
            insideNotable.Bytes += entry.Length;
        }
        if (entry.Kind == ContextEntryKind.Symlink && IsLoopingLink(path))
            Report(ContextProblemKind.SymlinkLoop, path, "symbolic link loops back on itself or an ancestor (sent as a link, not followed)");
    }

    private bool IsLoopingLink(string path)
    {
        try
        {
            return _fs.IsLoopingLink(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Report(ContextProblemKind.Unreadable, path, $"cannot resolve link: {ex.Message}");
            return false;
        }
    }

    private string? TryReadPrefix(string path)
    {
        try
        {
            return _fs.ReadPrefix(path, SecretFileCatalog.MaxCharsInspected);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Report(ContextProblemKind.Unreadable, path, $"cannot read file: {ex.Message}");
            return null;
        }
    }

    private void Report(ContextProblemKind kind, string path, string message)
    {
        if (_problemPaths.Add(path)) _problems.Add(new ContextProblem(kind, path, message));
    }
}
