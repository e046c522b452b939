using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4005: RUN --security=insecure.</summary>
internal sealed class DF4005RunSecurityInsecure : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4005",
        Name = "run-security-insecure",
        Title = "RUN --security=insecure",
        MessageFormat = "RUN --security=insecure runs this step without the container sandbox (like docker run --privileged)",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `RUN --security=insecure`.

            ## Why
            An insecure `RUN` executes with all capabilities and without seccomp/AppArmor confinement, like
            `docker run --privileged`: the command can reach the build host's devices and kernel. BuildKit only
            allows it when the builder was started with the `security.insecure` entitlement; most Dockerfiles that
            use it only need a specific capability or a device mount.

            ## Example
            ```dockerfile
            # syntax=docker/dockerfile:1-labs
            FROM alpine:3.20
            RUN --security=insecure mount -t tmpfs none /mnt
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN --mount=type=tmpfs,target=/mnt ls /mnt
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var flag in run.Flags)
            if (flag.Name == "security" && string.Equals(flag.Value, "insecure", StringComparison.OrdinalIgnoreCase))
                context.Report(flag.Span);
    }
}
