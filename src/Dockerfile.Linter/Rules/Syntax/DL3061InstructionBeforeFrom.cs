using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3061: an instruction other than ARG before the first FROM.</summary>
internal sealed class DL3061InstructionBeforeFrom : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3061",
        Name = "instruction-before-from",
        Title = "Only ARG may come before the first FROM",
        MessageFormat = "{0} before the first FROM is invalid; a Dockerfile must begin with FROM, ARG, a comment or a parser directive",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports every instruction other than `ARG` that appears before the first `FROM`. Comments and parser
            directives are fine there. The other rules still lint those instructions, as if an implicit stage began
            at the top of the file (a snippet without `FROM` is checked as hadolint checks it): an `ENV` there
            applies to the `RUN`s after it, before the first `FROM`.

            ## Why
            The builder only accepts `ARG` before the first stage: any other instruction has no stage to apply to,
            and the build fails.

            ## Example
            ```dockerfile
            ENV APP_HOME=/app
            FROM alpine:3.20
            ```

            ## Use instead
            ```dockerfile
            ARG ALPINE_VERSION=3.20
            FROM alpine:${ALPINE_VERSION}
            ENV APP_HOME=/app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction is FromInstruction) return;
            if (instruction is not ArgInstruction)
                context.Report(instruction.Keyword.Span, instruction.Keyword.Text.ToUpperInvariant());
        }
    }
}
