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
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A relative destination without WORKDIR resolves against / (or the base image's WORKDIR) and works: advice to be explicit.",
        Docs = """
            ## What it does
            Reports a `COPY` whose destination is a relative path when no `WORKDIR` came before it in the stage or in
            the stages it is built on (`FROM <stage>`), in a stage that starts from `scratch` (directly or through
            its base stages). A stage built on an external image inherits that image's working directory
            (`jupyterhub/jupyterhub` works in `/srv/jupyterhub`, `node-red` in `/usr/src/node-red`), which a relative
            destination deliberately uses, so it is not reported; neither is a stage whose base image is unknown
            (`FROM ${BASE}` without a value). A destination given through a variable is checked with its value;
            unknown values are not reported.

            ## Why
            A relative destination is resolved against the working directory. In a `scratch` stage nothing has set
            one, so the reader has to know the builder's default (`/`) to see where the files land; a `WORKDIR`
            (or an absolute destination) makes the target explicit.

            ## Example
            ```dockerfile
            FROM scratch
            COPY app bin/
            ```

            ## Use instead
            ```dockerfile
            FROM scratch
            WORKDIR /
            COPY app bin/
            ```

            ## Differences from hadolint
            hadolint accepts every destination starting with `$`; here the variable is resolved, so `ENV DEST=app`
            followed by `COPY x $DEST` is reported. hadolint also reports stages built on an external image, whose
            working directory comes from that image (`FROM jupyterhub/jupyterhub:5.2` + `COPY cfg.py .` builds what
            its author meant); here only `scratch` stages are judged, and instructions written before any FROM (a
            snippet, which names no base image), as hadolint does.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (copy.Destination is not { } destination) return;
        // An external base image brings its own working directory (jupyterhub/jupyterhub sets /srv/jupyterhub); only
        // a stage that starts from scratch, directly or through its base stages, has none to rely on. Neither has the
        // implicit stage of instructions written before any FROM (a snippet): no base image is named there.
        if (context.Semantics.GetStage(copy) is { IsFromScratch: false }) return;
        if (context.Semantics.GetEffectiveWorkdir(copy) is not null) return;
        string? value = context.Semantics.Expand(destination, copy);
        if (string.IsNullOrEmpty(value) || IsAbsolute(value)) return;
        context.Report(destination.Span, value);
    }

    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
