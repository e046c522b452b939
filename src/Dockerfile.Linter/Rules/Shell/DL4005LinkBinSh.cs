using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4005: replacing <c>/bin/sh</c> with a symlink instead of using SHELL.</summary>
internal sealed class DL4005LinkBinSh : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4005",
        Name = "link-bin-sh",
        Title = "Use SHELL to change the default shell",
        MessageFormat = "Linking /bin/sh replaces the system shell for everything in the image; use SHELL to change the build shell",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `ln` with `/bin/sh` as an argument.

            ## Why
            Pointing `/bin/sh` at another shell changes the shell of every script and program in the image, not
            just the build. The `SHELL` instruction changes the shell used by RUN, CMD and ENTRYPOINT in shell form
            without touching the system.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN ln -sf /bin/bash /bin/sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            SHELL ["/bin/bash", "-c"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "ln") return;
        var target = command.Effective.Arguments.FirstOrDefault(a => a.Value == "/bin/sh");
        if (target is not null) context.Report(target.Span);
    }
}
