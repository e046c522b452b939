namespace Dockerfile.Linter.Context;

/// <summary>One build a compose service or a bake target describes, with paths made absolute.</summary>
/// <param name="Origin"><see cref="BuildContextOrigin.Compose"/> or <see cref="BuildContextOrigin.Bake"/>.</param>
/// <param name="DefinitionFile">The compose or bake file (absolute).</param>
/// <param name="Name">The service or target name.</param>
/// <param name="ContextDirectory">The context folder (absolute).</param>
/// <param name="DockerfilePath">The Dockerfile it builds (absolute).</param>
/// <param name="NamedContexts">Its named contexts.</param>
internal sealed record BuildDefinition(
    BuildContextOrigin Origin,
    string DefinitionFile,
    string Name,
    string ContextDirectory,
    string DockerfilePath,
    IReadOnlyList<NamedBuildContext> NamedContexts);

/// <summary>Reading limits for compose and bake files, which come from the repository and may be hostile.</summary>
internal static class DefinitionFileLimits
{
    /// <summary>Larger compose or bake files are skipped.</summary>
    public const long MaxBytes = 1 << 20;

    /// <summary>Deeper YAML or JSON nesting makes a file unreadable (compose and bake files are shallow).</summary>
    public const int MaxDepth = 64;

    /// <summary>How many YAML events a compose file may have.</summary>
    public const int MaxYamlEvents = 200_000;

    /// <summary>How many compose or bake files one folder may contribute.</summary>
    public const int MaxFilesPerFolder = 16;

    /// <summary>
    /// The text of a definition file, or null when it is missing, too large, unreadable, or a symbolic link whose
    /// target lies outside <paramref name="boundary"/>.
    /// </summary>
    public static string? ReadText(string path, string boundary)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists || !GitRepository.IsSameOrBelow(target.FullName, boundary)) return null;
                info = new FileInfo(target.FullName);
            }
            if ((info.Attributes & FileAttributes.Directory) != 0 || info.Length > MaxBytes) return null;
            // FIFOs and devices report a length of 0 and opening them can block; an empty file says nothing anyway.
            if (info.Length == 0) return null;
            using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.None);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[info.Length + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return read > MaxBytes ? null : new string(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>An absolute path for <paramref name="path"/> below <paramref name="baseDirectory"/>, or null for a path the OS rejects.</summary>
    public static string? FullPath(string path, string baseDirectory)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
