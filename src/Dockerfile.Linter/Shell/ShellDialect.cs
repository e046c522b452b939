using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>Facts about the shell a <c>SHELL</c> instruction selects and about shell interpreters named in commands.</summary>
public static class ShellDialect
{
    private static readonly HashSet<string> PosixShells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "yash", "posh"];
    private static readonly HashSet<string> PipefailShells = ["bash", "zsh", "ash"];

    // The names ExecutableName gives most often, returned as these instances instead of cut out of each path.
    private static readonly string[] CommonNames = ["sh", "bash", "dash", "ash", "zsh", "ksh", "env", "busybox", "cmd", "powershell", "pwsh"];

    // The option lists GetInlineScript asks about (a params array would be made at every call).
    private static readonly string[] ScriptFlag = ["c"];
    private static readonly string[] SuScriptFlags = ["c", "command"];

    /// <summary>
    /// False when the <c>SHELL</c> arguments select a non-POSIX shell (<c>pwsh</c>, <c>powershell</c>, <c>cmd</c>,
    /// with or without a path or <c>.exe</c>): rules that analyse RUN as POSIX shell should skip such stages.
    /// True for an empty list (the default <c>/bin/sh -c</c>).
    /// </summary>
    public static bool IsPosix(IEnumerable<string> shellInstructionArgs)
    {
        string? first = shellInstructionArgs.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(first)) return true;
        string name = ExecutableName(first.Trim());
        return !(name.StartsWith("pwsh", StringComparison.Ordinal) || name.StartsWith("powershell", StringComparison.Ordinal)
            || name == "cmd");
    }

    /// <summary>Same as <see cref="IsPosix(IEnumerable{string})"/> for a SHELL instruction's command (exec form values, or the shell-form text split on blanks).</summary>
    public static bool IsPosix(CommandForm? shellCommand) => IsPosix(ArgumentsOf(shellCommand));

    /// <summary>True when <paramref name="commandBaseName"/> is a POSIX-family shell (<c>sh</c>, <c>bash</c>, <c>dash</c>, <c>ash</c>, <c>zsh</c>, <c>ksh</c> …).</summary>
    public static bool IsShell(string commandBaseName) => PosixShells.Contains(commandBaseName);

    /// <summary>
    /// True when the SHELL arguments run bash, zsh or ash (hadolint's list, by base name) with <c>-o pipefail</c>
    /// (also bundled, as in <c>-eo pipefail</c>).
    /// </summary>
    public static bool SetsPipefail(IEnumerable<string> shellInstructionArgs)
    {
        var args = shellInstructionArgs.ToList();
        if (args.Count == 0 || !PipefailShells.Contains(ExecutableName(args[0]))) return false;
        for (int i = 1; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "-opipefail") return true;
            if (a.Length >= 2 && a[0] == '-' && a[1] != '-' && a.EndsWith('o') && i + 1 < args.Count && args[i + 1] == "pipefail")
                return true;
        }
        return false;
    }

    /// <summary>The executable's base name, lower-cased, without directory (<c>/</c> or <c>\</c>) and without <c>.exe</c>.</summary>
    public static string ExecutableName(string path)
    {
        int cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var last = path.AsSpan(cut + 1);
        foreach (string common in CommonNames)
            if (last.SequenceEqual(common)) return common;
        string name = (cut >= 0 ? path[(cut + 1)..] : path).ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name[..^4] : name;
    }

    private static IEnumerable<string> ArgumentsOf(CommandForm? form) => form switch
    {
        ExecForm exec => exec.Values,
        ShellForm shell => shell.Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };

    /// <summary>The script word of <c>sh -c 'script'</c>, <c>bash -lc "…"</c> or <c>su -c "…"</c>, or null.</summary>
    internal static ShellWord? GetInlineScript(ShellCommand command)
    {
        var effective = command.Effective;
        string name = effective.BaseName;
        if (IsShell(name))
        {
            if (!command.HasFlag(ScriptFlag)) return null;
            return command.PositionalArguments.IsEmpty ? null : command.PositionalArguments[0];
        }
        if (name == "su")
        {
            var flag = command.GetFlag(SuScriptFlags);
            return flag?.ValueWord is { } word && !ReferenceEquals(word, flag.Word) ? word : null;
        }
        return null;
    }
}
