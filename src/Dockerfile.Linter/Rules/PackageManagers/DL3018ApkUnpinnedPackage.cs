using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3018: <c>apk add</c> of a package without a pinned version.</summary>
internal sealed class DL3018ApkUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3018",
        Name = "apk-unpinned-package",
        Title = "Pin versions in apk add",
        MessageFormat = "{0} added without a pinned version; use 'package=<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "Alpine mirrors drop old package versions, so pins break builds: 3,990 findings in 470 corpus files, 0 of 6 audited worth a change.",
        Docs = """
            ## What it does
            Reports an `apk add` with a package that has no version constraint (`=`, `~`, `>` or `<`). Local `.apk`
            files are fine. One finding per RUN: its message names every unpinned package, it points at the first, and
            the others are its related locations.

            ## Why
            Without a constraint apk installs whatever the repository serves that day: builds stop being
            repeatable, and an upgrade arrives unreviewed with the next cache miss.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache curl
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache curl=8.9.1-r2
            ```

            ## Differences from hadolint
            Packages in variables are resolved from ARG/ENV values when known (and ignored when not), and
            `sudo`/`env`/full-path invocations and heredoc bodies are checked.
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (!PackageManagerCatalog.Apk.Matches(command)) return;
        unpinned.AddUnpinned(PackageManagerCatalog.Apk.GetPackages(command), context, IsPinned);
    }

    private static bool IsPinned(string package) =>
        package.IndexOfAny(['=', '~', '>', '<']) >= 0 || package.EndsWith(".apk", StringComparison.Ordinal) || package.StartsWith('-');
}
