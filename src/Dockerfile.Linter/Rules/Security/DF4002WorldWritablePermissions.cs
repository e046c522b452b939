using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4002: chmod 777 / a+rwx and other modes that let every user write.</summary>
internal sealed class DF4002WorldWritablePermissions : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4002",
        Name = "world-writable-permissions",
        Title = "World-writable file permissions",
        MessageFormat = "Mode '{0}' makes the files writable by every user; grant write access to the owner or group only",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports file modes that give write permission to *others*: `chmod 777`, `chmod 666`, `chmod -R a+rwx`,
            `chmod o+w`, `install -m 777`, `mkdir -m 777` in `RUN`, and `COPY --chmod=777` / `ADD --chmod=…`.
            Modes with the sticky bit (`1777`, `+t`), the usual setting for shared temporary directories, are not
            reported. Symbolic modes are applied the way `chmod` applies them, clause by clause and action by action,
            so what counts is the result: `a+rX-w` and `a+rwx,o-w` take write away again and are not reported,
            `o=u` after `u=rwx` is. A clause without `u`/`g`/`o`/`a` (`+w`) is masked by the umask, which does not
            grant others write.

            ## Why
            A world-writable file or directory can be changed by any user in the container: a process running as an
            unprivileged user can replace scripts or binaries that root later executes. Usually `777` only hides a
            wrong owner; `chown` the path to the user that needs it instead.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN mkdir -p /app/data && chmod -R 777 /app/data
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN useradd --uid 10001 app && mkdir -p /app/data && chown -R app:app /app/data && chmod -R 750 /app/data
            USER app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(CheckRun);
        registrar.OnInstruction<FileTransferInstruction>(CheckCopy);
    }

    private static void CheckCopy(FileTransferInstruction copy, RuleContext context)
    {
        if (copy.GetFlag("chmod") is { Value: { } mode, ValueSpan: { } span } && IsWorldWritable(mode))
            context.Report(span, mode);
    }

    private static void CheckRun(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
            if (ModeOf(command) is ({ } mode, var span) && IsWorldWritable(mode))
                context.Report(span, mode);
    }

    private static (string? Mode, TextSpan Span) ModeOf(ShellCommand command)
    {
        switch (command.EffectiveName)
        {
            case "chmod":
                var first = command.PositionalArguments.FirstOrDefault();
                return first?.Value is { } value ? (value, first.Span) : (null, default);
            case "install" or "mkdir":
                if (command.GetFlag("m", "mode") is not { Value: { } mode } flag) return (null, default);
                if (flag.ValueWord is { } valueWord && !ReferenceEquals(valueWord, flag.Word)) return (valueWord.Value, valueWord.Span);
                // attached: -m0777 / --mode=0777
                string text = flag.Word.UnquotedText;
                return text.EndsWith(mode, StringComparison.Ordinal)
                    ? (mode, flag.Word.GetSpanOfUnquoted(text.Length - mode.Length, mode.Length))
                    : (mode, flag.Span);
            default:
                return (null, default);
        }
    }

    /// <summary>
    /// True when the mode leaves others with write permission and no sticky bit. Octal modes (1 to 4 digits) are
    /// read digit by digit; symbolic modes (<c>chmod</c>'s grammar: comma-separated clauses of <c>[ugoa]*</c>
    /// followed by one or more <c>+</c>/<c>-</c>/<c>=</c> actions over <c>rwxXst</c> or a copied class <c>u</c>,
    /// <c>g</c>, <c>o</c>) are applied in order, so <c>a+rX-w</c> removes write again and <c>o=rx</c> clears it.
    /// A clause without a class letter is masked by the umask, which never grants others write. A mode that is not
    /// valid is not reported.
    /// </summary>
    internal static bool IsWorldWritable(string mode)
    {
        if (mode.Length is >= 1 and <= 4 && mode.All(c => c is >= '0' and <= '7'))
        {
            int others = mode[^1] - '0';
            bool sticky = mode.Length == 4 && ((mode[0] - '0') & 1) == 1;
            return (others & 2) != 0 && !sticky;
        }
        return SymbolicMode.Apply(mode) is { OthersWrite: true, Sticky: false };
    }
}
