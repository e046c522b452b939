using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4006: EXPOSE 22.</summary>
internal sealed class DF4006SshPortExposed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4006",
        Name = "ssh-port-exposed",
        Title = "SSH port exposed",
        MessageFormat = "EXPOSE '{0}' publishes the SSH port; use docker exec (or kubectl exec) to get a shell in a container",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Info,
        PresetRationale = "EXPOSE only documents a port; the risk is an SSH server in the container, which DF5003 reports as a warning.",
        Docs = """
            ## What it does
            Reports `EXPOSE` of port 22 (alone, with a protocol, or inside a port range).

            ## Why
            Running an SSH server in a container adds a network-facing daemon, keys or passwords to manage, and a
            second process next to the application. `docker exec`, `kubectl exec` and debug containers give a
            shell without any of that.

            ## Example
            ```dockerfile
            FROM ubuntu:24.04
            EXPOSE 22 8080
            ```

            ## Use instead
            ```dockerfile
            FROM ubuntu:24.04
            EXPOSE 8080
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<ExposeInstruction>(Check);

    private static void Check(ExposeInstruction expose, RuleContext context)
    {
        foreach (var port in expose.Ports)
        {
            if (port.Port is { } first)
            {
                int last = port.EndPort ?? first;
                if (first <= 22 && 22 <= last && port.Protocol?.ToLowerInvariant() is null or "tcp")
                    context.Report(port.Raw.Span, port.Raw.Text);
            }
            else if (context.Semantics.Expand(port.Raw, expose) is { } value
                && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(v => v is "22" or "22/tcp"))
            {
                // EXPOSE $SSH_PORT with ARG/ENV SSH_PORT=22
                context.Report(port.Raw.Span, port.Raw.Text);
            }
        }
    }
}
