using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6014 (BuildKit's WorkdirRelativePath): the first WORKDIR of a stage lineage is relative.</summary>
internal sealed class DF6014WorkdirRelativePath : Rule
{
    /// <summary>The rule's code, for DL3000 that links its findings to this one.</summary>
    public const string RuleCode = "DF6014";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = RuleCode,
        Name = "first-workdir-relative",
        Title = "The first WORKDIR of a stage should be absolute",
        MessageFormat = "Relative workdir {0} can have unexpected results if the base image changes",
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        PresetRationale = "Off in `recommended`, where DL3000 (at info) already reports every relative WORKDIR, this one included: running both would report the first WORKDIR twice. Enable it (`--enable WorkdirRelativePath`, with `--ignore DL3000`) for BuildKit's narrower scope.",
        Aliases = ["WorkdirRelativePath"],
        Docs = """
            ## What it does
            Reports the first `WORKDIR` of a stage lineage when its path is relative: the stage's own first `WORKDIR`
            when neither it nor the stages it is built `FROM` (`FROM base AS app`, followed through this Dockerfile)
            set one before. Variables are resolved first, with the build's arguments (`--build-arg`); a path whose
            value is unknown is accepted. Windows paths (`C:\app`) count as absolute. Triggers wrapped in `ONBUILD`
            are skipped: the builder runs them in another build.

            This is BuildKit's `WorkdirRelativePath` check, with its scope. hadolint's DL3000 reports every relative
            `WORKDIR`, also after an absolute one; the two are linked: switching off or suppressing either name for a
            `WORKDIR` (`--ignore DL3000`, `# hadolint ignore=DL3000`, `# check=skip=WorkdirRelativePath`) silences
            both findings about it. A rule switched on by name (`--enable`, `--severity`) keeps
            running when only the other name is ignored.

            ## Why
            A relative `WORKDIR` is resolved against the working directory of the base image, which can change when
            the base image does. Once the Dockerfile has chosen an absolute directory, later relative ones resolve
            against it and are safe.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            WORKDIR app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            WORKDIR /app
            WORKDIR build
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<WorkdirInstruction>(Check);

    private static void Check(WorkdirInstruction workdir, RuleContext context)
    {
        if (context.Semantics.GetEffectiveWorkdir(workdir) is not null || RelativeWorkdir.Of(workdir, context) is not ({ } path, { } value)) return;
        context.ReportWithCounterpart(path.Span, DL3000WorkdirRelativePath.RuleCode, path.Span, [], GoText.Quote(value));
    }
}
