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
        MessageFormat = "Package '{0}' is installed without a pinned version; use '{0}=<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Pinned Debian/Ubuntu packages break builds once the archive drops the old version: 9,412 findings in 902 corpus files, 0 of 6 audited worth a change.",
        Docs = """
            ## What it does
            Reports each package of an `apt-get install` that names no version (`curl` instead of
            `curl=7.88.1-10+deb12u5`). Local `.deb` files and packages given with a release (`curl/bookworm`)
            count as pinned.

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
            and installs inside heredoc bodies are checked, and each package is reported on its own line of a
            multi-line RUN. A package held in a shell variable (`apt-get install -y $PACKAGES`) is resolved from
            the ARG and ENV values in scope and reported only when its value is known and unpinned; hadolint
            reports the variable itself.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "apt-get") return;
        foreach (var package in PackageManagerCatalog.AptGet.GetPackages(command))
        {
            if (package.IsStatic)
            {
                if (!IsPinned(package.Value!)) context.Report(package.Span, package.Value);
                continue;
            }
            string? resolved = context.Semantics.Expand(package.UnquotedText, context.Run);
            if (resolved is null) continue;
            foreach (string name in resolved.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
                if (!IsPinned(name)) context.Report(package.Span, name);
        }
    }

    internal static bool IsPinned(string package) =>
        package.Contains('=') || package.Contains('/') || package.EndsWith(".deb", StringComparison.Ordinal) ||
        package.StartsWith('-');
}
