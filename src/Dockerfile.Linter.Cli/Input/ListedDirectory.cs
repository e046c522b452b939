using System.IO.Enumeration;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Dockerfile.Linter.Cli.Input;

/// <summary>
/// A folder as FileSystemGlobbing's matcher sees it, listed once per run: several glob arguments over the same tree
/// (<c>'*/*ockerfile*' '*/*ontainerfile*'</c>) share one listing per folder, and an entry costs no call of its own
/// (<see cref="DirectoryInfoWrapper"/> examines every entry it lists). Entries are told apart as the wrapper does:
/// a symbolic link to a folder is a folder.
/// </summary>
internal sealed class ListedDirectory : DirectoryInfoBase
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly Listings _listings;
    private readonly string _fullName;

    private ListedDirectory(string fullName, Listings listings)
    {
        _fullName = Path.TrimEndingDirectorySeparator(fullName);
        _listings = listings;
    }

    /// <summary>The folder at <paramref name="fullName"/>, listed through <paramref name="listings"/> (shared across globs of one run).</summary>
    public static ListedDirectory At(string fullName, Listings listings) => new(Path.GetFullPath(fullName), listings);

    public override string Name => Path.GetFileName(_fullName) is { Length: > 0 } name ? name : _fullName;

    public override string FullName => _fullName;

    public override DirectoryInfoBase? ParentDirectory =>
        Path.GetDirectoryName(_fullName) is { } parent ? new ListedDirectory(parent, _listings) : null;

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        foreach (var (name, isDirectory) in _listings.Of(_fullName))
        {
            string full = Path.Join(_fullName, name);
            yield return isDirectory ? new ListedDirectory(full, _listings) : new ListedFile(full, this);
        }
    }

    public override DirectoryInfoBase GetDirectory(string path) =>
        path == ".." && ParentDirectory is { } parent ? parent : new ListedDirectory(Path.GetFullPath(Path.Combine(_fullName, path)), _listings);

    public override FileInfoBase GetFile(string path) => new ListedFile(Path.GetFullPath(Path.Combine(_fullName, path)), this);

    /// <summary>A file found in a listing.</summary>
    private sealed class ListedFile(string fullName, ListedDirectory parent) : FileInfoBase
    {
        public override string Name => Path.GetFileName(fullName);
        public override string FullName => fullName;
        public override DirectoryInfoBase ParentDirectory => parent;
    }

    /// <summary>The names (and whether each is a folder) of the folders listed so far in a run.</summary>
    internal sealed class Listings
    {
        private readonly Dictionary<string, (string Name, bool IsDirectory)[]> _byFolder = new(StringComparer.Ordinal);

        /// <summary>The entries of <paramref name="folder"/>; none when it is not a folder (other failures throw, as listing does).</summary>
        public (string Name, bool IsDirectory)[] Of(string folder)
        {
            if (_byFolder.TryGetValue(folder, out var known)) return known;
            (string, bool)[] entries;
            try
            {
                entries = [.. new FileSystemEnumerable<(string, bool)>(folder,
                    static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory), ListOptions)];
            }
            catch (IOException) when (!Directory.Exists(folder))
            {
                // DirectoryInfoWrapper lists nothing for a folder that is not there (or is a file).
                entries = [];
            }
            _byFolder[folder] = entries;
            return entries;
        }
    }
}
