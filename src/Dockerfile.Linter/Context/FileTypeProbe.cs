using System.Runtime.InteropServices;

namespace Dockerfile.Linter.Context;

/// <summary>What a path is on disk, as <c>stat</c> tells it.</summary>
internal enum FileType
{
    /// <summary>Nothing there, or the type could not be read.</summary>
    Unknown,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
}

/// <summary>
/// Tells regular files from FIFOs, sockets and devices before anything is opened: opening a FIFO for reading waits
/// for a writer forever, and a device such as <c>/dev/zero</c> never ends. .NET has no public API for the file type
/// (<c>FileInfo.Attributes</c> says <c>Normal</c> for all of them), so on Unix this asks the runtime's own
/// native shim (<c>SystemNative_Stat</c>/<c>SystemNative_LStat</c>, which every .NET on Unix ships and whose
/// <c>FileStatus</c> starts with two 32-bit fields, flags then mode, on every platform). On Windows, where FIFOs and
/// devices do not appear in folders, a file is a regular file.
/// </summary>
internal static partial class FileTypeProbe
{
    private const int TypeMask = 0xF000;
    private const string NativeLibrary = "libSystem.Native";

    /// <summary>The type of the file <paramref name="path"/> leads to (symbolic links followed).</summary>
    public static FileType Probe(string path) => Probe(path, followLinks: true);

    /// <summary>The type of <paramref name="path"/> itself (a final symbolic link not followed).</summary>
    public static FileType ProbeLink(string path) => Probe(path, followLinks: false);

    /// <summary>True when <paramref name="type"/> is one that reading could block on or never finish.</summary>
    public static bool IsSpecial(FileType type) =>
        type is FileType.Fifo or FileType.Socket or FileType.CharacterDevice or FileType.BlockDevice;

    /// <summary>A phrase for messages: "a FIFO (named pipe)", "a socket" …</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "a FIFO (named pipe)",
        FileType.Socket => "a socket",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Directory => "a directory",
        FileType.SymbolicLink => "a symbolic link",
        FileType.Regular => "a regular file",
        _ => "of an unknown type",
    };

    /// <summary>
    /// One <c>lstat</c> of <paramref name="path"/> (a final symbolic link not followed): its type and size. False when
    /// the call failed or is not available (Windows); <paramref name="missing"/> then tells whether the failure was
    /// "nothing there" (<c>ENOENT</c>, or <c>ENOTDIR</c> for a path through a file) rather than anything else.
    /// </summary>
    public static bool TryLStat(string path, out FileType type, out long size, out bool missing)
    {
        type = FileType.Unknown;
        size = 0;
        missing = false;
        if (OperatingSystem.IsWindows() || s_nativeUnavailable) return false;
        Span<byte> status = stackalloc byte[512];
        try
        {
            if (LStatWithError(path, status) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                missing = errno is ENOENT or ENOTDIR;
                return false;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_nativeUnavailable = true;
            return false;
        }
        type = TypeOf(MemoryMarshal.Read<int>(status[4..]));
        // FileStatus: Flags, Mode, Uid, Gid (four 32-bit fields), then the 64-bit Size.
        size = MemoryMarshal.Read<long>(status[16..]);
        return true;
    }

    // The same numbers on Linux and macOS.
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;
    private static bool s_nativeUnavailable;

    private static FileType Probe(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (!followLinks && info.LinkTarget is not null) return FileType.SymbolicLink;
            if (Directory.Exists(path)) return FileType.Directory;
            return info.Exists ? FileType.Regular : FileType.Unknown;
        }
        Span<byte> status = stackalloc byte[512];
        int result;
        try
        {
            result = followLinks ? Stat(path, status) : LStat(path, status);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileType.Unknown;
        }
        if (result != 0) return FileType.Unknown;
        return TypeOf(MemoryMarshal.Read<int>(status[4..]));
    }

    private static FileType TypeOf(int mode) =>
        (mode & TypeMask) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0xA000 => FileType.SymbolicLink,
            0x1000 => FileType.Fifo,
            0xC000 => FileType.Socket,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            _ => FileType.Unknown,
        };

    [LibraryImport(NativeLibrary, EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<byte> status);

    [LibraryImport(NativeLibrary, EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, Span<byte> status);

    [LibraryImport(NativeLibrary, EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStatWithError(string path, Span<byte> status);
}
