using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3036: <c>zypper install</c> without <c>zypper clean</c> afterwards.</summary>
internal sealed class DL3036ZypperCacheNotCleaned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3036",
        Name = "zypper-cache-not-cleaned",
        Title = "Clean the zypper cache after installing",
        MessageFormat = "zypper install without a later 'zypper clean' in the same RUN leaves the package cache in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A zypper cache left in the layer costs image size, not correctness: advice, as DL3009 is for apt in hadolint.",
        Docs = """
            ## What it does
            Reports `zypper install` that is not followed, later in the same RUN, by `zypper clean` (or `cc`),
            unless the RUN mounts a cache or tmpfs on `/var/cache/zypp`.

            ## Why
            zypper keeps metadata and packages under `/var/cache/zypp`; cleaning in a later RUN cannot shrink the
            layer that already holds them.

            ## Example
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper -n install curl-8.6.0
            ```

            ## Use instead
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper -n install curl-8.6.0 && zypper clean -a
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "zypper" || command.Subcommand is not ("install" or "in")) return;
        if (CacheMounts.Covers(context.Run, "/var/cache/zypp")) return;
        if (RpmPackages.CleanedLater(command, context, c => c.EffectiveName == "zypper" && c.Subcommand is "clean" or "cc")) return;
        context.Report(command.Span);
    }
}
