using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3051: a label required by the label schema has an empty value.</summary>
internal sealed class DL3051EmptySchemaLabel : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3051",
        Name = "empty-schema-label",
        Title = "Label in the label schema is empty",
        MessageFormat = "Label '{0}' is empty",
        Category = RuleCategory.Configuration,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        ExampleConfiguration = "label-schema:\n  org.opencontainers.image.revision: hash\n",
        Docs = """
            ## What it does
            Reports a `LABEL` whose key is in the configured label schema and whose value is empty (`""`, or a
            variable whose value is known to be empty). Does nothing while no label schema is configured.

            ## Why
            An empty value satisfies the presence check but carries no information; usually a build argument that
            the CI forgot to pass.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ARG REVISION=""
            LABEL org.opencontainers.image.revision="$REVISION"
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ARG REVISION
            LABEL org.opencontainers.image.revision="$REVISION"
            ```

            ## Options
            `LabelSchema` (hadolint's `label-schema`): the labels that must not be empty.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<LabelInstruction>(Check);

    private static void Check(LabelInstruction label, RuleContext context)
    {
        if (context.Options.LabelSchema.Count == 0) return;
        foreach (var resolved in LabelSchema.Resolve(label, context))
        {
            if (resolved.Key is not { } key || resolved.Value is not "" || LabelSchema.TypeOf(key, context.Options) is null) continue;
            var value = resolved.Pair.Value;
            context.Report(value.Span.IsEmpty ? resolved.Pair.Span : value.Span, key);
        }
    }
}
