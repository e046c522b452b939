using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3045: COPY to a relative destination while no WORKDIR has been set.</summary>
internal sealed class DL3045CopyRelativeDestinationWithoutWorkdir : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3045",
        Name = "copy-relative-destination-without-workdir",
        Title = "COPY to a relative destination without WORKDIR set",
        MessageFormat = "COPY to relative destination '{0}' while no WORKDIR is set in this stage",
        Category = RuleCategory.CopyAdd,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A relative destination without WORKDIR resolves against / (or the base image's WORKDIR) and works: advice to be explicit.",
        Docs = """
            ## What it does
            Reports a `COPY` whose destination is a relative path when no `WORKDIR` came before it in the stage or in
            the stages it is built on (`FROM <stage>`). A destination given through a variable is checked with its
            value; unknown values are not reported.

            ## Why
            A relative destination is resolved against the working directory, which then comes from the base image
            and may change when the base image does. Setting `WORKDIR` makes the target explicit.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            COPY package.json .
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package.json .
            ```

            ## Differences from hadolint
            hadolint accepts every destination starting with `$`; here the variable is resolved, so `ENV DEST=app`
            followed by `COPY x $DEST` is reported.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (context.IsOnbuildTrigger || copy.Destination is not { } destination) return;
        string? value = context.Semantics.Expand(destination, copy);
        if (string.IsNullOrEmpty(value) || IsAbsolute(value)) return;
        var stage = context.Semantics.GetStage(copy);
        if (stage is null || HasWorkdirBefore(stage, copy)) return;
        for (var parent = stage.BaseStage; parent is not null; parent = parent.BaseStage)
            if (parent.Stage.Instructions.Any(i => i is WorkdirInstruction)) return;
        context.Report(destination.Span, value);
    }

    private static bool HasWorkdirBefore(StageInfo stage, Instruction instruction)
    {
        foreach (var i in stage.Stage.Instructions)
        {
            if (ReferenceEquals(i, instruction)) return false;
            if (i is WorkdirInstruction) return true;
        }
        return false;
    }

    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
