using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3004: <c>sudo</c> in RUN.</summary>
internal sealed class DL3004SudoInRun : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3004",
        Name = "sudo-in-run",
        Title = "Do not use sudo",
        MessageFormat = "'sudo' in RUN; switch users with USER, or use gosu/su-exec at run time",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "sudo works where the image installs and configures it (dev-container images do so on purpose): a risk, not a broken build.",
        Docs = """
            ## What it does
            Reports a `sudo` command in a RUN instruction.

            ## Why
            Build steps run as the current `USER`; if that user needs root for a step, switch with `USER root` and
            back. `sudo` adds a setuid binary to the image, has unpredictable TTY and signal behaviour, and its
            presence in an image usually means the non-root user can become root.

            ## Example
            ```dockerfile
            FROM debian:12
            USER app
            RUN sudo mkdir /data
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN mkdir /data && chown app /data
            USER app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        // The chain walked by hand: UnwrapChain would make an iterator for every command of every RUN.
        for (var link = command; link is not null; link = link.Inner)
            if (link.BaseName == "sudo")
            {
                context.Report(link.NameWord?.Span ?? command.Span);
                return;
            }
    }
}
