using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>The package names a package word stands for: its literal value, or the ARG/ENV value it expands to.</summary>
internal static class PackageValues
{
    /// <summary>
    /// The names, or nothing when the word holds a variable whose value is not known statically or a command
    /// substitution (<c>$(command -v gpg || echo gnupg)</c>), whose output only the build knows.
    /// </summary>
    public static IEnumerable<string> Resolve(ShellWord package, RunCommandContext context)
    {
        if (package.IsStatic) return [package.Value!];
        if (package.Text.Contains("$(", StringComparison.Ordinal) || package.Text.Contains('`')) return [];
        string? resolved = context.Semantics.Expand(package.UnquotedText, context.Run);
        return resolved is null ? [] : resolved.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
    }
}
