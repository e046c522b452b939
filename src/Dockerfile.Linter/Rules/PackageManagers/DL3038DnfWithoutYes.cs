using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3038: <c>dnf install</c> without <c>-y</c>.</summary>
internal sealed class DL3038DnfWithoutYes : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3038",
        Name = "dnf-without-yes",
        Title = "Use the -y switch with dnf install",
        MessageFormat = "{0} {1} without '-y' waits for a confirmation that never comes in a build",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `dnf`/`microdnf` `install`, `groupinstall` or `localinstall` without `-y`/`--assumeyes`.

            ## Why
            A build has no terminal to answer dnf's prompt, so the install aborts.

            ## Example
            ```dockerfile
            FROM fedora:40
            RUN dnf install httpd-2.4.62 && dnf clean all
            ```

            ## Use instead
            ```dockerfile
            FROM fedora:40
            RUN dnf install -y httpd-2.4.62 && dnf clean all
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName is "dnf" or "microdnf" or "dnf5" && RpmPackages.IsInstallWithoutYes(command))
            context.Report(command.Span, command.EffectiveName, command.Subcommand);
    }
}
