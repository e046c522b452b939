using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3025: CMD or ENTRYPOINT in shell form.</summary>
internal sealed partial class DL3025ShellFormCommand : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3025",
        Name = "shell-form-command",
        Title = "Use JSON (exec) form for CMD and ENTRYPOINT",
        MessageFormat = "JSON arguments recommended for {0} to prevent unintended behavior related to OS signals",
        Category = RuleCategory.Container,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A shell-form CMD works (with `exec` it even forwards signals): the JSON form is advice.",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Rewrite in JSON form",
        Aliases = ["JSONArgsRecommended"],
        Docs = """
            ## What it does
            Reports `CMD` and `ENTRYPOINT` written in shell form (`CMD node server.js`) instead of
            JSON form (`CMD ["node", "server.js"]`). Nothing is reported in a stage that has its own `SHELL` (directly or
            through the stage it is built on): there the shell form is a deliberate choice of shell. When the command
            is a few plain words (no quotes, variables or shell operators), a fix rewrites it as a JSON array.

            ## Why
            In shell form the command runs as a child of `/bin/sh -c`. The shell becomes PID 1 and does not forward
            `SIGTERM`, so `docker stop` waits for its timeout and then kills the process without a clean shutdown;
            an `ENTRYPOINT` in shell form also ignores the `CMD` and `docker run` arguments.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            CMD node server.js
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            CMD ["node", "server.js"]
            ```

            ## Differences from hadolint
            BuildKit's `JSONArgsRecommended` stays silent when the stage sets a custom `SHELL`; this rule does the same,
            while hadolint reports those too. hadolint 2.15 also reports `HEALTHCHECK CMD` in shell form; neither
            BuildKit nor hadolint 2.12 does, and neither does this rule: a health check is not PID 1 and receives no
            signals, so the shell form (`CMD curl -f http://localhost/ || exit 1`) is harmless and often needed.

            ## Fix safety
            The JSON form runs the program without a shell: `$VARIABLES` are no longer expanded at run time and the
            process becomes PID 1. The fix is only offered when the command has no quotes, variables or shell
            syntax, but it still changes how the container starts, so it is marked unsafe.
            """,
    };

    [GeneratedRegex(@"^[A-Za-z0-9_./:=@%+,-]+(?: +[A-Za-z0-9_./:=@%+,-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWords();

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<CmdInstruction>((cmd, context) => Check(cmd, cmd.Command, context));
        registrar.OnInstruction<EntrypointInstruction>((entrypoint, context) => Check(entrypoint, entrypoint.Command, context));
    }

    private static void Check(Instruction instruction, CommandForm? command, RuleContext context)
    {
        if (command is not ShellForm shell || shell.Text.Length == 0) return;
        if (!context.Semantics.GetShell(instruction).SequenceEqual(SemanticModel.DefaultShell)) return;
        context.Report(shell.Span, ExecFormFix(shell), instruction.Keyword.Text);
    }

    private static Fix? ExecFormFix(ShellForm shell)
    {
        if (shell.Span.Length != shell.Text.Length || !PlainWords().IsMatch(shell.Text)) return null;
        var json = new StringBuilder("[");
        foreach (string word in shell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (json.Length > 1) json.Append(", ");
            json.Append('"').Append(word).Append('"');
        }
        json.Append(']');
        return new Fix("Rewrite in JSON form", [new TextEdit(shell.Span, json.ToString())], FixSafety.Unsafe);
    }
}
