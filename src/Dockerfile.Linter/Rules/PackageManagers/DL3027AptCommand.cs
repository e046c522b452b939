using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3027: <c>apt</c> (the interactive front end) in RUN.</summary>
internal sealed class DL3027AptCommand : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3027",
        Name = "apt-command",
        Title = "Use apt-get or apt-cache instead of apt",
        MessageFormat = "'apt' has no stable command-line interface; use apt-get or apt-cache in scripts",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "`apt` works in scripts (it only warns that its interface may change): 0 of 6 audited findings worth a change.",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Use apt-get",
        Docs = """
            ## What it does
            Reports the `apt` command in RUN. For the subcommands that `apt-get` has too (`install`, `update`,
            `upgrade`, `remove`, `purge`, `autoremove`, `clean`, `dist-upgrade`) the fix replaces `apt` with
            `apt-get`.

            ## Why
            `apt` is meant for people at a terminal: its output and behaviour may change between releases and it
            warns that it has no stable CLI. `apt-get` and `apt-cache` are the script-friendly front ends.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt update
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update
            ```
            """,
    };

    private static readonly HashSet<string> AptGetSubcommands =
        ["install", "update", "upgrade", "remove", "purge", "autoremove", "clean", "dist-upgrade", "autoclean"];

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "apt") return;
        var name = command.Effective.NameWord;
        if (name is null) return;
        Fix? fix = null;
        if (name.Value == "apt" && command.Subcommand is { } sub && AptGetSubcommands.Contains(sub))
            fix = context.CreateFix([new TextEdit(name.Span, "apt-get")]);
        context.Report(name.Span, fix);
    }
}
