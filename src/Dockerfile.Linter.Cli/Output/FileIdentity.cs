using System.Runtime.InteropServices;

namespace Dockerfile.Linter.Cli.Output;

/// <summary>
/// Tells whether two paths name the same file: the same device and inode on Linux and macOS (so hard links, symbolic
/// links and <c>./x</c> spellings all match), the same fully resolved path elsewhere or when the system call is missing.
/// </summary>
internal static class FileIdentity
{
    /// <summary>An opaque identity for an existing file, or null when the path does not exist or cannot be examined.</summary>
    public static string? Of(string path)
    {
        // One stat answers both questions where it is available: is it a file (File.Exists), and which one.
        if (NativeIdentity(path, out bool isDirectory) is { } identity) return isDirectory ? null : identity;
        if (!File.Exists(path)) return null;
        return "path:" + ResolvedPath(path);
    }

    /// <summary>The full path with every symbolic link on the way resolved.</summary>
    private static string ResolvedPath(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) full = Path.GetFullPath(target.FullName);
            string? directory = Path.GetDirectoryName(full);
            if (directory is not null && new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true) is { } dirTarget)
                full = Path.Combine(Path.GetFullPath(dirTarget.FullName), Path.GetFileName(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // keep the unresolved path
        }
        return OperatingSystem.IsWindows() ? full.ToUpperInvariant() : full;
    }

    private static bool _nativeUnavailable;

    private static string? NativeIdentity(string path, out bool isDirectory)
    {
        isDirectory = false;
        // struct stat begins with st_dev and has st_ino at offset 8 on 64-bit Linux (x64, arm64) and on macOS arm64.
        bool linux = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;
        bool mac = OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64;
        if (_nativeUnavailable || !(linux || mac)) return null;
        var buffer = new byte[512];
        try
        {
            if (Stat(path, buffer) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _nativeUnavailable = true;
            return null;
        }
        // st_mode: after st_nlink on Linux x64, before it (32-bit) on Linux arm64, a 16-bit field at 4 on macOS.
        int mode = !linux ? BitConverter.ToUInt16(buffer, 4)
            : RuntimeInformation.ProcessArchitecture == Architecture.X64 ? BitConverter.ToInt32(buffer, 24) : BitConverter.ToInt32(buffer, 16);
        isDirectory = (mode & 0xF000) == 0x4000;
        ulong device = linux ? BitConverter.ToUInt64(buffer, 0) : BitConverter.ToUInt32(buffer, 0);
        ulong inode = BitConverter.ToUInt64(buffer, 8);
        return $"inode:{device}:{inode}";
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
