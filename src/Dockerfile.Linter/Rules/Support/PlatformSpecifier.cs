namespace Dockerfile.Linter.Rules.Support;

/// <summary>
/// Parses a platform specifier (<c>linux/amd64</c>, <c>linux/arm64/v8</c>, <c>arm64</c>, <c>windows</c>) into its
/// normalized OS and architecture, as containerd's <c>platforms.Parse</c> does. A lone architecture gets the OS
/// <c>linux</c>, a lone OS the architecture <c>amd64</c> (the builder's own values, assumed here).
/// </summary>
internal static class PlatformSpecifier
{
    private static readonly HashSet<string> s_knownOs = new(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    public static (string Os, string Architecture)? Parse(string specifier)
    {
        if (specifier.Length == 0) return null;
        var parts = specifier.ToLowerInvariant().Split('/');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            return null;
        if (parts.Length == 1)
        {
            string only = NormalizeOs(parts[0]);
            return s_knownOs.Contains(only) ? (only, "amd64") : ("linux", NormalizeArchitecture(parts[0]));
        }
        return (NormalizeOs(parts[0]), NormalizeArchitecture(parts[1]));
    }

    private static string NormalizeOs(string os) => os == "macos" ? "darwin" : os;

    private static string NormalizeArchitecture(string architecture) => architecture switch
    {
        "i386" => "386",
        "x86_64" or "x86-64" or "amd64" => "amd64",
        "aarch64" or "arm64" => "arm64",
        "armhf" or "armel" => "arm",
        _ => architecture,
    };
}
