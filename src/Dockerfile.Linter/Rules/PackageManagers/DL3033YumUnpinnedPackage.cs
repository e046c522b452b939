using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3033: <c>yum install</c> of a package without a version.</summary>
internal sealed class DL3033YumUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3033",
        Name = "yum-unpinned-package",
        Title = "Pin versions in yum install",
        MessageFormat = "{0} installed without a version; use 'package-<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinned RPM packages break builds once the repository drops the version (as DL3008): 2,821 findings in 176 corpus files.",
        Docs = """
            ## What it does
            Reports a `yum install` with a package without a version suffix (`httpd-2.4.6`). `.rpm` files pass, and so
            do packages given by an ARG or ENV variable declared in scope. `yum module install` needs `name:stream`.
            One finding per RUN: its message names every unpinned package, it points at the first, and the others are
            its related locations.

            ## Why
            An unpinned package installs whatever the repository serves that day, so builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM centos:7
            RUN yum install -y httpd && yum clean all
            ```

            ## Use instead
            ```dockerfile
            FROM centos:7
            RUN yum install -y httpd-2.4.6 && yum clean all
            ```

            ## Differences from hadolint
            A package held in a shell variable that is not an ARG or ENV (`INSTALL_PKGS="a b" && yum install
            $INSTALL_PKGS`) cannot be judged statically and is not reported; hadolint reports the variable.
            """,
    };

    public override void Register(RuleRegistrar registrar) => UnpinnedRpm.Register(registrar, PackageManagerCatalog.Yum, ["yum"]);
}
