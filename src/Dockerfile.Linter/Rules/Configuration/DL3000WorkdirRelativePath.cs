using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3000: WORKDIR with a relative path.</summary>
internal sealed class DL3000WorkdirRelativePath : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3000",
        Name = "workdir-relative-path",
        Title = "Use absolute WORKDIR",
        MessageFormat = "WORKDIR '{0}' is relative; use an absolute path",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "A relative WORKDIR works (it resolves against the previous one), and the corpus findings were deliberate steps such as `WORKDIR build`: advice, not a broken build.",
        Aliases = ["WorkdirRelativePath"],
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
            hadolint accepts any path starting with `$` without looking at the variable. This rule
            also answers to BuildKit's `WorkdirRelativePath` check (so `# check=skip=WorkdirRelativePath` silences it),
            whose scope is narrower: BuildKit only looks at the first `WORKDIR` of a stage lineage (a stage and the
            stages it is built `FROM` within this Dockerfile) and reports it when it is relative; once any `WORKDIR`
            has run, later relative ones are accepted because they resolve against a directory the Dockerfile chose.
            This rule reports every relative `WORKDIR`, like hadolint (`WORKDIR /app` then `WORKDIR src` is reported
            here, not by BuildKit).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<WorkdirInstruction>(Check);

    private static void Check(WorkdirInstruction workdir, RuleContext context)
    {
        if (workdir.Path is not { } path) return;
        string? value = context.Semantics.Expand(path, workdir);
        if (value is null || value.Length == 0 || IsAbsolute(value)) return;
        context.Report(path.Span, value);
    }

    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
