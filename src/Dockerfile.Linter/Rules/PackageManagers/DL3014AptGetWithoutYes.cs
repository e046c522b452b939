using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3014: <c>apt-get install</c> that would wait for a confirmation.</summary>
internal sealed class DL3014AptGetWithoutYes : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3014",
        Name = "apt-get-without-yes",
        Title = "Use the -y switch with apt-get install",
        MessageFormat = "apt-get install without '-y' waits for a confirmation that never comes in a build",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Fix = FixAvailability.Always,
        FixTitle = "Add -y",
        Docs = """
            ## What it does
            Reports `apt-get install` without `-y`, `--yes`, `--assume-yes` or a double quiet (`-qq`, `-q -q`,
            `-q=2`, which imply yes). A simulation (`-s`, `--simulate`, `--dry-run`, `--just-print`, `--recon`,
            `--no-act`) installs nothing and never asks, so it passes. The fix inserts `-y` after `install`.

            ## Why
            A build has no terminal to answer apt's "Do you want to continue?" prompt: apt aborts and the build
            fails, or, worse, a future package that needs confirmation breaks a build that used to work.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
            ```

            ## Differences from hadolint
            hadolint also reports simulations such as `apt-get install -s "$pkg"`, which docker-library's postgres
            images use to test whether a package exists.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "apt-get" || !PackageManagerCatalog.AptGet.IsInstall(command)) return;
        if (command.HasFlag("y", "yes", "assume-yes") || command.CountFlag("q") + command.CountFlag("quiet") >= 2) return;
        if (command.HasFlag("s", "simulate", "dry-run", "just-print", "recon", "no-act")) return;
        if (command.GetFlagValues("q").Any(v => v == "2") || command.GetFlagValues("quiet").Any(v => v == "2")) return;
        MissingFlag.Report(command, context, "install", " -y");
    }
}
