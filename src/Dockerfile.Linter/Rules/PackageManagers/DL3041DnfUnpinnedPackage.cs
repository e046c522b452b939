using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3041: <c>dnf install</c> of a package without a version.</summary>
internal sealed class DL3041DnfUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3041",
        Name = "dnf-unpinned-package",
        Title = "Pin versions in dnf install",
        MessageFormat = "{0} installed without a version; use 'package-<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinned RPM packages break builds once the repository drops the version (as DL3008): 2,044 findings in 197 corpus files.",
        Docs = """
            ## What it does
            Reports a `dnf`/`microdnf install` with a package without a version suffix (`httpd-2.4.62`). `.rpm` files
            pass, as do packages given by an ARG or ENV variable declared in scope; `dnf group install` is not
            checked, and `dnf module install` needs `name:stream`. One finding per RUN: its message names every
            unpinned package, it points at the first, and the others are its related locations.

            ## Why
            An unpinned package installs whatever the repository serves that day, so builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM fedora:40
            RUN dnf install -y httpd && dnf clean all
            ```

            ## Use instead
            ```dockerfile
            FROM fedora:40
            RUN dnf install -y httpd-2.4.62 && dnf clean all
            ```

            ## Differences from hadolint
            A package held in a shell variable that is not an ARG or ENV (`INSTALL_PKGS="a b" && yum install
            $INSTALL_PKGS`) cannot be judged statically and is not reported; hadolint reports the variable.
            """,
    };

    public override void Register(RuleRegistrar registrar) => UnpinnedRpm.Register(registrar, PackageManagerCatalog.Dnf, ["dnf", "microdnf", "dnf5"]);
}
