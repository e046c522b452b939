namespace Dockerfile.Linter.Cli.Tests.Packaging;

/// <summary>What the Native AOT packaging tests need from the machine, and how they recognise a native executable.</summary>
internal static class NativeToolchain
{
    /// <summary>
    /// The same probe as src/Dockerfile.Linter.Cli/ToolPackages.targets: on Linux clang or gcc and zlib's headers (which
    /// .ci/run installs when missing), on macOS the Xcode command-line tools.
    /// </summary>
    public static bool IsPresent =>
        OperatingSystem.IsLinux()
            ? (File.Exists("/usr/bin/clang") || File.Exists("/usr/bin/gcc")) && File.Exists("/usr/include/zlib.h")
            : OperatingSystem.IsMacOS() && File.Exists("/usr/bin/clang");

    public const string Missing =
        "Native AOT needs a C toolchain and zlib's headers: apt-get install gcc zlib1g-dev (.ci/run installs them)";

    /// <summary>The command's executable as `dotnet tool install --tool-path` stored it (behind the shim or link).</summary>
    public static string InstalledExecutable(string toolPath, string command)
    {
        string name = OperatingSystem.IsWindows() ? command + ".exe" : command;
        var found = Directory.GetFiles(Path.Combine(toolPath, ".store"), name, SearchOption.AllDirectories);
        Assert.True(found.Length == 1, $"expected one {name} under {toolPath}/.store, found: {string.Join(", ", found)}");
        return found[0];
    }

    /// <summary>An ELF (Linux), Mach-O (macOS) or PE (Windows) image, by its first bytes.</summary>
    public static bool IsNativeImage(string path)
    {
        var head = new byte[4];
        using (var stream = File.OpenRead(path))
            if (stream.Read(head) < 4) return false;
        return head switch
        {
            [0x7F, (byte)'E', (byte)'L', (byte)'F'] => true,
            [0xCF, 0xFA, 0xED, 0xFE] or [0xFE, 0xED, 0xFA, 0xCF] => true,
            [(byte)'M', (byte)'Z', _, _] => true,
            _ => false,
        };
    }
}
