using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Shell;

/// <summary>Finds the command run by a wrapper such as <c>sudo</c>, <c>env</c>, <c>nice</c> or <c>python -m pip</c>.</summary>
internal static partial class CommandUnwrapper
{
    private static readonly CommandSpec Sudo = new("ughpCUDrtTR", ["user", "group", "host", "prompt", "close-from", "other-user", "chdir", "role", "type", "command-timeout", "chroot"]);
    private static readonly CommandSpec Env = new("uCS", ["unset", "chdir", "split-string"]);
    private static readonly CommandSpec Exec = new("a");
    private static readonly CommandSpec Nice = new("n", ["adjustment"]);
    private static readonly CommandSpec Time = new("fo", ["format", "output"]);
    private static readonly CommandSpec Xargs = new("IanLPdEsl", ["max-args", "max-lines", "max-procs", "delimiter", "eof", "max-chars", "arg-file", "process-slot-var"]);
    private static readonly CommandSpec Timeout = new("sk", ["signal", "kill-after"]);
    private static readonly CommandSpec Stdbuf = new("ioe", ["input", "output", "error"]);
    private static readonly CommandSpec Ionice = new("cnp", ["class", "classdata", "pid", "pgid", "uid"]);
    private static readonly CommandSpec Python = new("WXcm");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\+?=")]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex("^python[0-9.]*$")]
    private static partial Regex PythonName();

    /// <summary>The directly wrapped command, or null when <paramref name="command"/> wraps nothing.</summary>
    internal static ShellCommand? Unwrap(ShellCommand command)
    {
        if (command.Words.Length < 2) return null;
        var args = command.Arguments;
        string name = command.BaseName;

        switch (name)
        {
            case "sudo" or "doas":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Sudo), takeAssignments: true);
            case "env":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Env, t => t == "-"), takeAssignments: true, skipDash: true);
            case "command":
                if (args.Any(a => a.UnquotedText is "-v" or "-V" or "-pv" or "-vp")) return null;
                return Build(command, args, FlagParser.FirstOperandIndex(args, CommandSpec.None));
            case "exec":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Exec));
            case "nice":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Nice));
            case "time":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Time));
            case "xargs":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Xargs));
            case "nohup" or "builtin" or "eatmydata" or "chronic" or "unbuffer":
                return Build(command, args, FlagParser.FirstOperandIndex(args, CommandSpec.None));
            case "busybox":
                return args[0].UnquotedText.StartsWith('-') ? null : Build(command, args, 0);
            case "gosu" or "su-exec":
                return Build(command, args, 1);
            case "timeout":
            {
                int duration = FlagParser.FirstOperandIndex(args, Timeout);
                return duration < 0 ? null : Build(command, args, duration + 1);
            }
            case "stdbuf":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Stdbuf));
            case "ionice":
                return Build(command, args, FlagParser.FirstOperandIndex(args, Ionice));
        }

        if (name.StartsWith("python", StringComparison.Ordinal) && PythonName().IsMatch(name)) return UnwrapPythonModule(command, args);
        return null;
    }

    private static ShellCommand? UnwrapPythonModule(ShellCommand command, ImmutableArray<ShellWord> args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string text = args[i].UnquotedText;
            if (text == "-m" && i + 1 < args.Length)
            {
                string module = args[i + 1].UnquotedText;
                return module is "pip" or "pip3" ? command.CreateWrappedView(args[(i + 1)..], []) : null;
            }
            if (text.Length < 2 || text[0] != '-' || text == "-c") return null;
            if (text is "-W" or "-X") i++;
        }
        return null;
    }

    private static ShellCommand? Build(ShellCommand command, ImmutableArray<ShellWord> args, int start,
        bool takeAssignments = false, bool skipDash = false)
    {
        if (start < 0 || start >= args.Length) return null;
        var assignments = ImmutableArray.CreateBuilder<ShellAssignment>();
        while (start < args.Length)
        {
            string text = args[start].UnquotedText;
            if (skipDash && text == "-")
            {
                start++;
                continue;
            }
            if (!takeAssignments) break;
            var match = AssignmentPattern().Match(text);
            if (!match.Success) break;
            bool append = match.Value.EndsWith("+=", StringComparison.Ordinal);
            assignments.Add(new ShellAssignment(text[..(match.Length - (append ? 2 : 1))], args[start], append));
            start++;
        }
        if (start >= args.Length) return null;
        return command.CreateWrappedView(args[start..], assignments.ToImmutable());
    }
}
