using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3002: the last USER of a stage is root.</summary>
internal sealed class DL3002LastUserRoot : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3002",
        Name = "last-user-root",
        Title = "Last USER should not be root",
        MessageFormat = "The last USER of the stage is '{0}'; switch to an unprivileged user",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports the last `USER` of a stage when it is `root` or uid `0` (with or without a group). Stages without
            any `USER` are not reported by this rule. Stages that are only used as a source of `COPY --from` or
            `RUN --mount from=` are skipped: no container ever runs from them. Variables are resolved with their
            ARG/ENV values, quotes and all:
            `ARG USER_ID=0` followed by `USER "$USER_ID:$USER_ID"` runs as root unless the build passes another value.

            ## Why
            The last `USER` is the user the container runs as. Running as root turns any compromise of the process
            into root inside the container, one step away from the host.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN useradd --create-home app
            USER root
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            USER root
            RUN useradd --create-home app
            USER app
            ```

            ## Differences from hadolint
            hadolint checks every stage, including build stages whose files are only copied out; those are skipped
            here. `USER $NAME` is checked with the value of `NAME`.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (IsOnlyCopiedFrom(info)) return;
        if (LastUser(stage) is not { Value: { } whole } last) return;
        // The whole value first, so quotes around user and group (USER "$UID:$GID") expand as the builder does
        string? value = context.Semantics.Expand(whole, last);
        string? name = value is not null ? value.Split(':')[0] : last.User is { } user ? context.Semantics.Expand(user, last) : null;
        if (name is "root" or "0") context.Report(whole.Span, value ?? whole.Text);
    }

    // a loop rather than OfType().LastOrDefault(), which boxes the array and makes an iterator for every stage
    private static UserInstruction? LastUser(Stage stage)
    {
        for (int i = stage.Instructions.Length - 1; i >= 0; i--)
            if (stage.Instructions[i] is UserInstruction user) return user;
        return null;
    }

    private static bool IsOnlyCopiedFrom(StageInfo stage) =>
        !stage.Dependents.IsEmpty && stage.Dependents.All(r => r.Kind != StageReferenceKind.FromBase);
}
