using System.Reflection;

namespace Dockerfile.Linter.Cli;

/// <summary>The tool's version, from the assembly's informational version (without the source revision suffix).</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        string? version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version)) return "0.0.0";
        int plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
