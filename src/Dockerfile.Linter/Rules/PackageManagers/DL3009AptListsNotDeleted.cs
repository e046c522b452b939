using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3009: <c>apt-get update</c> whose package lists stay in the layer.</summary>
internal sealed class DL3009AptListsNotDeleted : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3009",
        Name = "apt-lists-not-deleted",
        Title = "Delete the apt-get lists after installing",
        MessageFormat = "apt-get update without removing /var/lib/apt/lists/* in the same RUN leaves the package lists in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports `apt-get update` (or `apt`/`aptitude update`) in a RUN that does not also delete the package
            lists (`rm -rf /var/lib/apt/lists/*`), unless the RUN mounts a cache or tmpfs over `/var/lib/apt/lists`
            (or over both `/var/lib/apt` and `/var/cache/apt`). Only stages that end up in an image are checked:
            the final stage and stages that another stage builds `FROM`.

            ## Why
            The lists are tens of megabytes that no running container needs. Deleting them in a later RUN does not
            help: the earlier layer keeps them.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
                && rm -rf /var/lib/apt/lists/*
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName is not ("apt-get" or "apt" or "aptitude") || command.Subcommand != "update") return;
        if (!EndsUpInAnImage(context)) return;
        var run = context.Run;
        if (CacheMounts.Covers(run, "/var/lib/apt/lists") ||
            (CacheMounts.Covers(run, "/var/lib/apt") && CacheMounts.Covers(run, "/var/cache/apt"))) return;
        if (context.Script.Commands.Any(RemovesLists)) return;
        context.Report(command.Span);
    }

    private static bool RemovesLists(ShellCommand c) =>
        c.EffectiveName == "rm" && (c.HasFlag("r", "R", "recursive") && c.HasFlag("f", "force") ||
                                    c.Effective.Arguments.Any(a => a.UnquotedText.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal)));

    private static bool EndsUpInAnImage(RunCommandContext context)
    {
        // An ONBUILD trigger runs in whichever image is later built FROM this one, whatever becomes of this stage.
        if (context.IsOnbuildTrigger || context.CurrentStage is not { } stage) return true;
        var info = context.Semantics.GetStage(stage);
        return info.IsFinal || info.Dependents.Any(d => d.Kind == Semantics.StageReferenceKind.FromBase);
    }
}
