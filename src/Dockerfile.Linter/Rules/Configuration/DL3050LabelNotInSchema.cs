using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3050: with strict labels, a label that the label schema does not define.</summary>
internal sealed class DL3050LabelNotInSchema : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3050",
        Name = "label-not-in-schema",
        Title = "Superfluous label not in the label schema",
        MessageFormat = "Label '{0}' is not in the label schema",
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        ExampleConfiguration = "strict-labels: true\nlabel-schema:\n  org.opencontainers.image.source: url\n",
        Docs = """
            ## What it does
            When strict labels are enabled, reports every `LABEL` key that the configured label schema does not
            define (with an empty schema, every label). Keys written with unknown variables are not reported. Does
            nothing unless `StrictLabels` is set.

            ## Why
            A strict schema keeps image metadata uniform across a team: stray keys are usually typos of schema keys
            or one-off conventions nobody reads.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.sources="https://github.com/acme/app"
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.source="https://github.com/acme/app"
            ```

            ## Options
            `StrictLabels` (hadolint's `strict-labels`) turns the rule on; `LabelSchema` lists the allowed keys.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<LabelInstruction>(Check);

    private static void Check(LabelInstruction label, RuleContext context)
    {
        if (!context.Options.StrictLabels) return;
        foreach (var resolved in LabelSchema.Resolve(label, context))
            if (resolved.Key is { } key && LabelSchema.TypeOf(key, context.Options) is null)
                context.Report(resolved.Pair.Key.Span, key);
    }
}
