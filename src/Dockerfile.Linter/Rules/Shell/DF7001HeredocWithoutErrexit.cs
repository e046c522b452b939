using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF7001: a RUN heredoc runs several commands in a row without <c>set -e</c>, so only the last one's failure counts.</summary>
internal sealed class DF7001HeredocWithoutErrexit : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF7001",
        Name = "heredoc-without-errexit",
        Title = "Start a multi-command RUN heredoc with set -e",
        MessageFormat = "The heredoc script runs {0} commands one after another without 'set -e': a failing '{1}' is ignored and the build goes on; start it with 'set -e'",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Warning,
        Fix = FixAvailability.Always,
        FixTitle = "Insert 'set -e' at the start of the script",
        PresetRationale = "Corpus: 12 findings, 3 in production files (docker/cli, tonistiigi/xx: a failed make followed by cp and rm goes unnoticed), all real; heredoc RUNs are still rare, and every finding is a build that can succeed broken.",
        Docs = """
            ## What it does
            Reports a `RUN` heredoc that the shell runs as a script (`RUN <<EOF`, `RUN bash <<EOF`, or a shell
            shebang such as `#!/bin/bash`) when it runs more than one command in sequence (one per line, or
            separated by `;`) and nothing turns on errexit before them: no `set -e` (also bundled: `set -eux`),
            no `set -o errexit`, no `-e` on the shebang line, no `-e` in the stage's `SHELL` (for `RUN <<EOF`
            without a shebang, which the `SHELL` runs), no `-e` on the shell that reads the heredoc (`RUN bash -e <<EOF`).
            Commands joined with `&&` are one list: their failure already reaches the end.

            ## Why
            A shell script exits with the status of its last command. In
            `RUN <<EOF` … `apt-get install -y foo` … `rm -rf /var/lib/apt/lists/*` … `EOF`, a failed install is
            followed by a successful `rm`, so the step succeeds and the image is published without `foo`. Unlike a
            one-line `RUN a && b`, nothing in the heredoc form stops at the first failure.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN <<EOF
            apt-get update
            apt-get install -y --no-install-recommends curl
            rm -rf /var/lib/apt/lists/*
            EOF
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN <<EOF
            set -eu
            apt-get update
            apt-get install -y --no-install-recommends curl
            rm -rf /var/lib/apt/lists/*
            EOF
            ```

            ## Fix safety
            The fix inserts `set -e` as the first line of the script (after a shebang line). It is unsafe: a build
            that used to succeed past a failing command now stops there, which is the point.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        if (run.Heredocs.IsEmpty || run.Command is not ShellForm || !context.Semantics.IsPosixShell(run)) return;
        var script = context.GetScript(run);
        var owners = script.Commands.SelectMany(c => c.Redirections.Where(r => r.IsHeredoc && r.HeredocBodySpan is not null)
            .Select(r => (Command: c, Redirection: r))).ToList();
        foreach (var heredoc in run.Heredocs)
        {
            var owner = owners.FirstOrDefault(o => o.Redirection.HeredocBodySpan == heredoc.ContentSpan);
            if (owner.Command is null) continue;
            var body = script.Commands.Where(c => heredoc.ContentSpan.Contains(c.Span)).ToList();
            if (body.Count < 2) continue;   // not parsed as shell (python3 <<EOF), or a single command
            if (ErrexitFromOutside(owner.Command, heredoc.Content, context.Semantics.GetShell(run))) continue;
            var ignored = FirstIgnoredFailure(body);
            if (ignored is null) continue;
            int count = body.Count(c => c.Context == ShellCommandContext.TopLevel);
            context.Report(heredoc.MarkerSpan, InsertSetE(heredoc), count, ignored.EffectiveName);
        }
    }

    /// <summary>
    /// The first top-level command whose failure the script would step over (followed by a newline or <c>;</c> and
    /// another command), or null when a <c>set -e</c> comes first or every command is chained.
    /// </summary>
    private static ShellCommand? FirstIgnoredFailure(List<ShellCommand> body)
    {
        var topLevel = body.Where(c => c.Context == ShellCommandContext.TopLevel).ToList();
        for (int i = 0; i < topLevel.Count - 1; i++)
        {
            var command = topLevel[i];
            if (SetsErrexit(command)) return null;
            if (command.IsInPipeline && command.Pipeline!.Commands[^1] != command) continue;
            if (command.FollowingOperator is ShellOperator.Newline or ShellOperator.Semicolon
                && command.BaseName is not ("set" or "true" or ":" or "echo" or "printf" or "export"))
                return command;
        }
        return null;
    }

    /// <summary>True for <c>set -e</c>, <c>set -eux</c>, <c>set -o errexit</c> (and <c>set -euo pipefail</c>).</summary>
    internal static bool SetsErrexit(ShellCommand command) =>
        command.BaseName == "set" && HasEFlag(command.Arguments.Select(a => a.UnquotedText));

    private static bool ErrexitFromOutside(ShellCommand owner, string body, IReadOnlyList<string> shell)
    {
        if (body.StartsWith("#!", StringComparison.Ordinal))
            return HasEFlag(body[2..].Split('\n')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Skip(1));
        if (owner.NameWord is null) return HasEFlag(shell.Skip(1).TakeWhile(a => a != "-c"));
        return HasEFlag(owner.Effective.Arguments.Select(a => a.UnquotedText));
    }

    // -e alone or bundled (-eux, -eo pipefail, -ec), or -o errexit
    private static bool HasEFlag(IEnumerable<string> args)
    {
        string previous = "";
        foreach (var a in args)
        {
            if (a.Length > 1 && a[0] == '-' && a[1] != '-' && a.Contains('e')) return true;
            if (a == "errexit" && previous.Length > 1 && previous[0] == '-' && previous.EndsWith('o')) return true;
            previous = a;
        }
        return false;
    }

    private static Fix InsertSetE(Heredoc heredoc)
    {
        int at = heredoc.ContentSpan.Start;
        if (heredoc.Content.StartsWith("#!", StringComparison.Ordinal))
        {
            int newline = heredoc.Content.IndexOf('\n');
            if (newline >= 0) at += newline + 1;
        }
        return new Fix("Insert 'set -e' at the start of the script", [new TextEdit(new TextSpan(at, 0), "set -e\n")], FixSafety.Unsafe);
    }
}
