using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3001: interactive or system-management commands that make no sense in a build.</summary>
internal sealed class DL3001PointlessCommand : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3001",
        Name = "pointless-command",
        Title = "Avoid commands that make no sense in a container build",
        MessageFormat = "'{0}' makes no sense in a build: there is no terminal, no init system and no running service",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports RUN commands that only make sense on a running, interactive machine: `free`, `kill`, `mount`,
            `ps`, `service`, `shutdown`, `ssh`, `top`, `vim`, `ifconfig`.

            ## Why
            A build step has no terminal, no init system and no long-running processes: these commands do nothing
            useful there, and usually point to a Dockerfile written like a provisioning script.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN service nginx start
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            CMD ["nginx", "-g", "daemon off;"]
            ```
            """,
    };

    private static readonly HashSet<string> Commands = ["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig"];

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (Commands.Contains(command.EffectiveName))
            context.Report(command.Effective.NameWord?.Span ?? command.Span, command.EffectiveName);
    }
}
