using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2216: a pipe into a command that never reads its standard input (<c>… | rm</c>).</summary>
internal sealed class SC2216PipeToNonReader : ShellCheckRule
{
    // Commands that never read standard input (ShellCheck's list).
    private static readonly HashSet<string> NonReaders =
    [
        "alias", "basename", "bg", "cal", "cd", "chgrp", "chmod", "chown", "cp", "du", "echo", "export", "fg", "fuser",
        "getconf", "getopt", "getopts", "ipcrm", "ipcs", "jobs", "kill", "ln", "locale", "ls", "mv", "printf", "ps",
        "pwd", "renice", "rm", "rmdir", "set", "sleep", "touch", "trap", "ulimit", "unalias", "uname",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2216",
        Name = "pipe-to-non-reader",
        Title = "Do not pipe into a command that does not read its input",
        MessageFormat = "'{0}' does not read standard input, so what is piped into it is lost; {1}",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "On, warning as in ShellCheck: the piped output is thrown away, so the command does not do what it reads like.",
        Docs = """
            ## What it does
            Reports a command after `|` that never reads its standard input: `rm`, `cp`, `mv`, `ln`, `chmod`,
            `chown`, `rmdir`, `touch`, `echo`, `printf`, `ls`, `kill`, `sleep` and other
            commands that take their operands only as arguments. A command with a command or process
            substitution in it (`… | rm $(cat)`) may consume the input there and is not reported.

            ## Why
            `find /tmp -name '*.log' | rm` removes nothing: `rm` ignores the list on its input (and fails for lack
            of operands). Pass the list as arguments with `xargs` (`… | xargs rm`), or use the command's own
            option (`find … -delete`). Piping into `echo` is usually meant as `cat`.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN find /var/cache/apt -name '*.bin' | rm -f
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN find /var/cache/apt -name '*.bin' -delete
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            // A later element of a pipeline itself, not the first command inside one (a | ( cd x && tar xf - )).
            if (command.PrecedingOperator is not (ShellOperator.Pipe or ShellOperator.PipeAll) || command.Pipeline is not { HasPipe: true }
                || ShellListStructure.IsFirstOfPipe(command, reporter.Source)) continue;
            string name = command.BaseName;
            if (!NonReaders.Contains(name) || MayConsume(script, command)) continue;
            string advice = name == "echo" ? "did you mean 'cat'?" : "wrong command, or missing 'xargs'?";
            reporter.Report(command.Span, null, name, advice);
        }
    }

    /// <summary>True when a command or process substitution in the command may read the input instead.</summary>
    private static bool MayConsume(ShellCheckScript script, ShellCommand command)
    {
        foreach (var word in command.Words.Concat(command.Assignments.Select(a => a.Word))
                     .Concat(command.Redirections.Where(r => r.Target is not null).Select(r => r.Target!)))
        {
            if (word.Text.Contains("<(", StringComparison.Ordinal) || word.Text.Contains(">(", StringComparison.Ordinal)) return true;
            if (script.PartsOf(word).Any(p => p.Kind is WordPartKind.CommandSubstitution or WordPartKind.Backticks)) return true;
        }
        return false;
    }
}
