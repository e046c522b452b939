using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3030: <c>yum install</c> without <c>-y</c>.</summary>
internal sealed class DL3030YumWithoutYes : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3030",
        Name = "yum-without-yes",
        Title = "Use the -y switch with yum install",
        MessageFormat = "yum {0} without '-y' waits for a confirmation that never comes in a build",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `yum install`, `groupinstall` or `localinstall` without `-y`/`--assumeyes`.

            ## Why
            A build has no terminal to answer yum's prompt, so the install aborts.

            ## Example
            ```dockerfile
            FROM centos:7
            RUN yum install httpd-2.4.6 && yum clean all
            ```

            ## Use instead
            ```dockerfile
            FROM centos:7
            RUN yum install -y httpd-2.4.6 && yum clean all
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName == "yum" && RpmPackages.IsInstallWithoutYes(command))
            context.Report(command.Span, command.Subcommand);
    }
}
