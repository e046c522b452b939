using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3008: <c>apt-get install</c> of a package without a pinned version.</summary>
internal sealed class DL3008AptGetUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3008",
        Name = "apt-get-unpinned-package",
        Title = "Pin versions in apt-get install",
        MessageFormat = "{0} installed without a pinned version; use 'package=<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinned Debian/Ubuntu packages break builds once the archive drops the old version: 9,412 findings in 902 corpus files, 0 of 6 audited worth a change.",
        Docs = """
            ## What it does
            Reports an `apt-get install` whose packages name no version (`curl` instead of `curl=7.88.1-10+deb12u5`).
            Local `.deb` files and packages given with a release (`curl/bookworm`) count as pinned. One finding per
            RUN: its message names every unpinned package, it points at the first, and the others are its related
            locations.

            ## Why
            An unpinned package installs whatever the mirror serves on the day of the build, so two builds of the
            same Dockerfile can produce different images, and a cached layer can hide a newer version until the
            cache is dropped. Pinning makes the build repeatable and the change visible in review.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
            ```

            ## Differences from hadolint
            The package list is found by the shell parser, so `sudo apt-get`, `/usr/bin/apt-get`, `env X=1 apt-get`
            and installs inside heredoc bodies are checked. Like hadolint, a RUN is reported once, however many
            packages and installs it holds; the message names them all. A package held in a shell variable (`apt-get
            install -y $PACKAGES`) is resolved from the ARG and ENV values in scope and reported only when its value
            is known and unpinned; hadolint reports the variable itself.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (command.EffectiveName != "apt-get") return;
        unpinned.AddUnpinned(PackageManagerCatalog.AptGet.GetPackages(command), context, IsPinned);
    }

    internal static bool IsPinned(string package) =>
        package.Contains('=') || package.Contains('/') || package.EndsWith(".deb", StringComparison.Ordinal) ||
        package.StartsWith('-');
}
