using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3037: <c>zypper install</c> of a package without a version.</summary>
internal sealed class DL3037ZypperUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3037",
        Name = "zypper-unpinned-package",
        Title = "Pin versions in zypper install",
        MessageFormat = "{0} installed without a version; use 'package=<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinned RPM packages break builds once the repository drops the version (as DL3008).",
        Docs = """
            ## What it does
            Reports a `zypper install` with a package without a version constraint (`=`, `>`, `<`, `>=`, `<=`). `.rpm`
            files pass. One finding per RUN: its message names every unpinned package, it points at the first, and the
            others are its related locations.

            ## Why
            An unpinned package installs whatever the repository serves that day, so builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper -n install curl && zypper clean
            ```

            ## Use instead
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper -n install curl=8.6.0 && zypper clean
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (command.EffectiveName != "zypper" || command.Subcommand is not ("install" or "in")) return;
        unpinned.AddUnpinned(PackageManagerCatalog.Zypper.GetPackages(command), context,
            name => name.IndexOfAny(['=', '<', '>']) >= 0 || name.EndsWith(".rpm", StringComparison.Ordinal) || name.StartsWith('-'));
    }
}
