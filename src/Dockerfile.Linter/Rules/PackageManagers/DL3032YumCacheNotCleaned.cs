using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3032: <c>yum install</c> without <c>yum clean all</c> afterwards.</summary>
internal sealed class DL3032YumCacheNotCleaned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3032",
        Name = "yum-cache-not-cleaned",
        Title = "Clean the yum cache after installing",
        MessageFormat = "yum install without a later 'yum clean all' in the same RUN leaves the yum cache in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A yum cache left in the layer costs image size, not correctness: advice, as DL3009 is for apt in hadolint.",
        Docs = """
            ## What it does
            Reports `yum install` that is not followed, later in the same RUN, by `yum clean all` or by removing
            `/var/cache/yum`. A cache or tmpfs mount on `/var/cache/yum` also satisfies it.

            ## Why
            yum keeps metadata and downloaded packages under `/var/cache/yum`; cleaning in a later RUN cannot shrink
            the layer that already holds them.

            ## Example
            ```dockerfile
            FROM centos:7
            RUN yum install -y httpd-2.4.6
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
        if (command.EffectiveName != "yum" || command.Subcommand != "install") return;
        if (CacheMounts.Covers(context.Run, "/var/cache/yum")) return;
        if (RpmPackages.CleanedLater(command, context, c =>
                (c.EffectiveName == "yum" && c.Effective.Arguments.Any(a => a.Value is "clean" or "all")) ||
                RpmPackages.IsRemoval(c, "/var/cache/yum"))) return;
        context.Report(command.Span);
    }
}
