using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3015: <c>apt-get install</c> without <c>--no-install-recommends</c>.</summary>
internal sealed class DL3015AptGetInstallRecommends : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3015",
        Name = "apt-get-install-recommends",
        Title = "Avoid additional packages with --no-install-recommends",
        MessageFormat = "apt-get install without '--no-install-recommends' also installs recommended packages",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Always,
        FixTitle = "Add --no-install-recommends",
        Docs = """
            ## What it does
            Reports `apt-get install` without `--no-install-recommends` (or `-o APT::Install-Recommends=false`).
            The fix inserts `--no-install-recommends` after `install`.

            ## Why
            By default apt installs every package that the requested ones merely recommend. These are rarely needed
            in a container, make the image larger and widen its attack surface.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
            ```

            ## Fix safety
            The fix is marked unsafe: a program may rely on a recommended package being present.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "apt-get" || !PackageManagerCatalog.AptGet.IsInstall(command)) return;
        if (command.HasFlag("no-install-recommends")) return;
        if (command.Effective.Arguments.Any(a => a.UnquotedText.Contains("Install-Recommends=false", StringComparison.OrdinalIgnoreCase)
                                               || a.UnquotedText.Contains("Install-Recommends=0", StringComparison.Ordinal))) return;
        MissingFlag.Report(command, context, "install", " --no-install-recommends", FixSafety.Unsafe);
    }
}
