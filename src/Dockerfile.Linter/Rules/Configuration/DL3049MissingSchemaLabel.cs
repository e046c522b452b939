using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3049: a label required by the label schema is missing.</summary>
internal sealed class DL3049MissingSchemaLabel : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3049",
        Name = "missing-schema-label",
        Title = "Label required by the label schema is missing",
        MessageFormat = "Label '{0}' is missing",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        ExampleConfiguration = "label-schema:\n  org.opencontainers.image.source: url\n",
        Docs = """
            ## What it does
            For every label in the configured label schema, reports a stage whose image lacks it: neither the stage
            nor the stages it is built on (`FROM <stage>`) set it. Only stages that can be shipped are checked —
            stages that other stages build on or copy from are intermediate. Reported at the `FROM` image. Does
            nothing while no label schema is configured.

            ## Why
            A label schema is a team's contract for image metadata (source repository, version, owner); an image
            without those labels cannot be traced back by registries and scanners.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN echo hello
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.source="https://github.com/acme/app"
            ```

            ## Differences from hadolint
            hadolint exempts only stages used by `COPY --from`; stages that another stage is built on are
            exempt here too (their labels are inherited, so the final stage is the one to check).

            ## Options
            `LabelSchema` (hadolint's `label-schema`): the labels every image must carry.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        if (context.Options.LabelSchema.Count == 0) return;
        var info = context.Semantics.GetStage(stage);
        if (!info.Dependents.IsEmpty) return;
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (StageInfo? s = info; s is not null; s = s.BaseStage)
            foreach (var label in s.Stage.Instructions.OfType<LabelInstruction>())
                foreach (var resolved in LabelSchema.Resolve(label, context))
                    present.Add(resolved.Key ?? resolved.Pair.Key.Text);
        var span = stage.From.Image?.Span ?? stage.From.Keyword.Span;
        foreach (string key in context.Options.LabelSchema.Keys.OrderBy(k => k, StringComparer.Ordinal))
            if (!present.Contains(key)) context.Report(span, key);
    }
}
