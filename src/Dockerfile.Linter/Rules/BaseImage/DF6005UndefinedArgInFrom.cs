using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6005: FROM uses a variable that is not a global ARG (BuildKit's UndefinedArgInFrom).</summary>
internal sealed class DF6005UndefinedArgInFrom : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6005",
        Name = "undefined-arg-in-from",
        Title = "FROM must use declared ARGs",
        MessageFormat = "FROM argument '{0}' is not declared{1}",
        Category = RuleCategory.BaseImage,
        DefaultSeverity = Severity.Warning,
        Aliases = ["UndefinedArgInFrom"],
        Docs = """
            ## What it does
            Reports a variable used in the image or the `--platform` value of a `FROM` that is neither declared by an
            `ARG` before the first `FROM` nor one of the builder's automatic platform arguments (`TARGETPLATFORM`,
            `TARGETARCH`, `BUILDPLATFORM` …), like BuildKit's `UndefinedArgInFrom` check. When a declared name is
            close, the message suggests it.

            ## Why
            `FROM` lines only see global `ARG`s. A misspelt or undeclared variable silently expands to an empty
            string, so `FROM node:${NODE_VERSON}-alpine` pulls `node:-alpine` (or fails with a confusing error), and
            an `ARG` declared inside an earlier stage is not visible to later `FROM` lines.

            ## Example
            ```dockerfile
            ARG NODE_VERSION=22
            FROM node:${NODE_VERSON}-alpine
            ```

            ## Use instead
            ```dockerfile
            ARG NODE_VERSION=22
            FROM node:${NODE_VERSION}-alpine
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole `FROM` instruction (its checks only record line
            ranges); this rule marks the variable.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        var expander = VariableExpander.For(syntax.EscapeCharacter);
        foreach (var stage in syntax.Stages)
        {
            var from = stage.From;
            // Most FROM lines name their image literally: the global arguments are only looked at for one that does not.
            if (from.Image is { } image && image.Text.Contains('$'))
                CheckWord(image.Text, image.Span, GlobalArguments.Of(syntax), expander, syntax.EscapeCharacter, context);
            if (from.Platform is { Value: { } platform, ValueSpan: { } valueSpan } && platform.Contains('$'))
                CheckWord(platform, valueSpan, GlobalArguments.Of(syntax), expander, syntax.EscapeCharacter, context);
        }
    }

    private static void CheckWord(string text, TextSpan span, GlobalArguments globals, VariableExpander expander, char escape, RuleContext context)
    {
        foreach (var name in expander.ExpandWord(text, globals.Defaults).UnresolvedNames)
        {
            if (globals.Declared.Contains(name)) continue;
            string hint = DidYouMean.Hint(DidYouMean.Suggest(name, globals.Declared.Order(StringComparer.Ordinal)));
            context.Report(VariableReferences.Locate(text, span, name, escape), name, hint);
        }
    }
}
