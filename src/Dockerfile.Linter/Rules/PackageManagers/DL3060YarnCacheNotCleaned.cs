using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3060: <c>yarn install</c> without <c>yarn cache clean</c> afterwards.</summary>
internal sealed class DL3060YarnCacheNotCleaned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3060",
        Name = "yarn-cache-not-cleaned",
        Title = "Clean the yarn cache after installing",
        MessageFormat = "yarn install without a later 'yarn cache clean' in the same RUN leaves the yarn cache in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Docs = """
            ## What it does
            Reports `yarn install` that is not followed, later in the same RUN, by `yarn cache clean`, unless the
            RUN mounts a cache or tmpfs on `.cache/yarn`. Only stages that end up in an image are checked (the final
            stage and stages another stage builds `FROM`): a build stage's cache never reaches the final image.

            ## Why
            yarn keeps every downloaded package in its cache; in an image that is dead weight.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            RUN yarn install --frozen-lockfile
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            RUN yarn install --frozen-lockfile && yarn cache clean
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "yarn" || command.Subcommand != "install") return;
        // An ONBUILD trigger runs in whichever image is later built FROM this one, whatever becomes of this stage.
        if (!context.IsOnbuildTrigger && context.CurrentStage is { } stage)
        {
            var info = context.Semantics.GetStage(stage);
            if (!info.IsFinal && !info.Dependents.Any(d => d.Kind == Semantics.StageReferenceKind.FromBase)) return;
        }
        if (CacheMounts.Covers(context.Run, ".cache/yarn")) return;
        if (RpmPackages.CleanedLater(command, context, c => c.EffectiveName == "yarn" && c.Subcommand == "cache" &&
                c.PositionalArguments.Length > 1 && c.PositionalArguments[1].Value == "clean")) return;
        context.Report(command.Span);
    }
}
