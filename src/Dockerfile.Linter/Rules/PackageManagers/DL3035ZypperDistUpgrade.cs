using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3035: <c>zypper dist-upgrade</c> in a Dockerfile.</summary>
internal sealed class DL3035ZypperDistUpgrade : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3035",
        Name = "zypper-dist-upgrade",
        Title = "Do not use zypper dist-upgrade",
        MessageFormat = "zypper {0} upgrades the whole distribution inside the image; use a newer base image instead",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `zypper dist-upgrade` and `zypper dup`.

            ## Why
            A distribution upgrade inside a build makes the image depend on whatever the mirrors serve that day and
            duplicates most of the base image in a new layer. Pick the base image tag you want instead.

            ## Example
            ```dockerfile
            FROM opensuse/leap:15.5
            RUN zypper -n dup
            ```

            ## Use instead
            ```dockerfile
            FROM opensuse/leap:15.6
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName == "zypper" && command.Subcommand is "dist-upgrade" or "dup")
            context.Report(command.Span, command.Subcommand);
    }
}
