using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6008: with only the global ARG defaults a FROM image expands to an empty or invalid name (BuildKit's InvalidDefaultArgInFrom).</summary>
internal sealed class DF6008InvalidDefaultArgInFrom : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6008",
        Name = "invalid-default-arg-in-from",
        Title = "Global ARG defaults should give FROM a valid image",
        MessageFormat = "Default value for ARG {0} results in empty or invalid base image name",
        Category = RuleCategory.BaseImage,
        DefaultSeverity = Severity.Info,
        PresetRationale = "A FROM ARG without a default is usually meant to be passed with --build-arg: 0 of 6 audited findings worth a change.",
        Aliases = ["InvalidDefaultArgInFrom"],
        Docs = """
            ## What it does
            Expands the image of every `FROM` that uses a variable with the defaults of the global `ARG`s only (as
            if no `--build-arg` were given; automatic platform arguments as for a `linux/amd64` build) and reports
            it when the result is empty or not a valid image reference, like BuildKit's `InvalidDefaultArgInFrom`
            check. A global `ARG` without a default expands to nothing, so `ARG TAG` + `FROM alpine:${TAG}` gives
            `alpine:`.

            ## Why
            A Dockerfile that only builds when the right `--build-arg` is passed fails with an obscure reference
            error for everyone who does not know it. A default (or `${TAG:-3.20}`) keeps the plain `docker build`
            working and documents a sensible value.

            ## Example
            ```dockerfile
            ARG TAG
            FROM alpine:${TAG}
            ```

            ## Use instead
            ```dockerfile
            ARG TAG=3.20
            FROM alpine:${TAG}
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole `FROM` instruction; this rule marks the image. BuildKit
            also runs this check on `FROM` lines without any variable, where an
            invalid name (`FROM Ubuntu`) makes the build fail anyway; this rule only looks at images built from
            variables, since the message is about ARG defaults.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var stage in syntax.Stages)
            if (stage.From.Image is { } image && IsInvalidWithDefaults(image, syntax))
                context.Report(image.Span, image.Text);
    }

    /// <summary>
    /// True when <paramref name="image"/> uses a variable and, with only the global ARG defaults, expands to an empty
    /// or invalid reference. DL3006 leaves such images to this rule: one problem, one finding.
    /// </summary>
    internal static bool IsInvalidWithDefaults(ImageReference image, DockerfileSyntax syntax)
    {
        if (!image.Text.Contains('$')) return false;
        var expander = VariableExpander.For(syntax.EscapeCharacter);
        var result = expander.ExpandWord(image.Text, GlobalArguments.Of(syntax).Defaults);
        return result.Success && !DockerfileParser.ParseImageReference(result.Value!, image.Span).IsValid;
    }
}
