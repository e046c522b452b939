using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3000: WORKDIR with a relative path.</summary>
internal sealed class DL3000WorkdirRelativePath : Rule
{
    /// <summary>The rule's code, for DF6014 that links its findings to this one.</summary>
    public const string RuleCode = "DL3000";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = RuleCode,
        Name = "workdir-relative-path",
        Title = "Use absolute WORKDIR",
        MessageFormat = "WORKDIR '{0}' is relative; use an absolute path",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "A relative WORKDIR works (it resolves against the previous one), and the corpus findings were deliberate steps such as `WORKDIR build`: advice, not a broken build. It covers DF6014 (BuildKit's WorkdirRelativePath, the first WORKDIR of a stage lineage), which is off in `recommended` so that no WORKDIR is reported twice.",
        Docs = """
            ## What it does
            Reports a `WORKDIR` whose path is relative. Variables are resolved first: `WORKDIR $APP_HOME` is checked
            against the value of `APP_HOME` when its ARG default or ENV value is known, and accepted when it is not.
            Windows paths (`C:\app`) count as absolute.

            ## Why
            A relative `WORKDIR` is resolved against the previous working directory, which often comes from the base
            image and can change when the base image does. An absolute path says where files land.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            WORKDIR app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            WORKDIR /app
            ```

            ## Differences from hadolint
            hadolint accepts any path starting with `$` without looking at the variable; here the variable's value
            decides when it is known.

            BuildKit's `WorkdirRelativePath` check is a rule of its own, DF6014, with a narrower scope: only the first
            `WORKDIR` of a stage lineage (a stage and the stages it is built `FROM` within this Dockerfile). The two
            are linked: switching off or suppressing either name for a `WORKDIR` (`--ignore WorkdirRelativePath`,
            `# check=skip=WorkdirRelativePath`, `# hadolint ignore=DL3000`) silences both findings about it.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<WorkdirInstruction>(Check);

    private static void Check(WorkdirInstruction workdir, RuleContext context)
    {
        if (RelativeWorkdir.Of(workdir, context) is ({ } path, { } value))
            context.ReportWithCounterpart(path.Span, DF6014WorkdirRelativePath.RuleCode, path.Span, [], value);
    }
}
