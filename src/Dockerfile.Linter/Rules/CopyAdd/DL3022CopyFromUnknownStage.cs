using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3022: COPY --from names neither an earlier stage nor an image.</summary>
internal sealed class DL3022CopyFromUnknownStage : Rule
{
    private static readonly char[] ReferenceMarks = [':', '/', '@'];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3022",
        Name = "copy-from-unknown-stage",
        Title = "COPY --from should reference a previously defined stage",
        MessageFormat = "COPY --from={0} names no earlier stage; if it is an image, give its full reference with a tag",
        Category = RuleCategory.CopyAdd,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Docs = """
            ## What it does
            Reports `COPY --from=<name>` where the name is not an earlier stage (by name, case-insensitively, or by
            index) and does not look like an image reference (it has no `:`, `/` or `@`). A value given through a
            variable is resolved first; unknown values are not reported. Triggers inside `ONBUILD` are not checked:
            their names refer to the build that uses the image.

            ## Why
            An unknown name is taken as an image to pull: a typo in a stage name silently turns into a pull of an
            image from Docker Hub (or a failing build), instead of copying from the stage.

            ## Example
            ```dockerfile
            FROM golang:1.23 AS build
            RUN go build -o /out/app .
            FROM alpine:3.20
            COPY --from=biuld /out/app /usr/local/bin/app
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS build
            RUN go build -o /out/app .
            FROM alpine:3.20
            COPY --from=build /out/app /usr/local/bin/app
            COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
            ```

            ## Differences from hadolint
            hadolint treats only values containing `:` as images; a value with `/` or `@` (`docker.io/library/nginx`,
            `nginx@sha256:…`) is an image here too. A numeric index must be smaller than the current stage's index
            (hadolint also accepts the current stage's own index, which the builder rejects). A named build context
            (`--build-context name=…`, bake `contexts`, compose `additional_contexts`) is not a missing stage.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<CopyInstruction>(Check);

    private static void Check(CopyInstruction copy, RuleContext context)
    {
        if (copy.From is not { Value: { } raw } flag) return;
        string? value = raw.Contains('$') ? context.Semantics.Expand(raw, copy) : raw;
        if (string.IsNullOrEmpty(value) || value.IndexOfAny(ReferenceMarks) >= 0 || context.IsNamedContext(value)) return;
        var current = context.Semantics.GetStage(copy);
        if (current is null)
        {
            // Before the first FROM (a snippet's implicit stage) no stage has been defined yet.
            context.Report(flag.ValueSpan ?? flag.Span, value);
            return;
        }
        if (value.All(char.IsAsciiDigit))
        {
            if (int.TryParse(value, out int index) && index < current.Index) return;
        }
        else if (context.Semantics.FindStage(value, current) is not null || current.Name == value.ToLowerInvariant())
        {
            return;
        }
        context.Report(flag.ValueSpan ?? flag.Span, value);
    }
}
