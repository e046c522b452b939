using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// A WORKDIR whose path, once its variables are expanded, is relative: hadolint's DL3000 reports every one, BuildKit's
/// WorkdirRelativePath (DF6014) the one a stage starts from.
/// </summary>
internal static class RelativeWorkdir
{
    /// <summary>The path of <paramref name="workdir"/> and its value when the value is known, not empty and relative; else null.</summary>
    public static (Word Path, string Value)? Of(WorkdirInstruction workdir, RuleContext context)
    {
        if (workdir.Path is not { } path) return null;
        string? value = context.Semantics.Expand(path, workdir);
        if (value is null || value.Length == 0 || IsAbsolute(value)) return null;
        return (path, value);
    }

    /// <summary>True for a POSIX or Windows absolute path (<c>/app</c>, <c>\app</c>, <c>C:\app</c>, <c>C:app</c>).</summary>
    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
