using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3034: zypper that would wait for a confirmation.</summary>
internal sealed class DL3034ZypperWithoutNonInteractive : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3034",
        Name = "zypper-without-non-interactive",
        Title = "Use non-interactive zypper",
        MessageFormat = "zypper {0} without '-n' (--non-interactive) or '-y' waits for a confirmation",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports zypper `install`, `remove`, `source-install` and `patch` (and their short forms) without
            `-n`/`--non-interactive`, `--no-confirm` or `-y`.

            ## Why
            A build has no terminal to answer zypper's prompts, so the command aborts.

            ## Example
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper install curl-8.6.0 && zypper clean
            ```

            ## Use instead
            ```dockerfile
            FROM opensuse/leap:15.6
            RUN zypper -n install curl-8.6.0 && zypper clean
            ```
            """,
    };

    private static readonly HashSet<string> Subcommands = ["install", "in", "remove", "rm", "source-install", "si", "patch"];

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "zypper" || command.Subcommand is not { } sub || !Subcommands.Contains(sub)) return;
        if (command.HasFlag("n", "non-interactive", "no-confirm", "y")) return;
        context.Report(command.Span, sub);
    }
}
