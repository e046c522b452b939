using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF2005: a .dockerignore line that BuildKit rejects, which fails the build.</summary>
internal sealed class DF2005InvalidDockerignorePattern : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF2005",
        Name = "invalid-dockerignore-pattern",
        Title = ".dockerignore has a line the builder rejects",
        MessageFormat = "{0} line {1}: {2}; the build fails when the context is sent",
        Category = RuleCategory.BuildContext,
        DefaultSeverity = Severity.Error,
        Docs = """
            ## What it does
            Needs the build context (`--context`). Reports each line of the `.dockerignore` in effect that BuildKit
            refuses: a lone `!` (or `!/`), and a pattern `filepath.Match` rejects or that cannot be compiled, such as
            an unclosed `[`, an empty or reversed class (`[]`, `[z-a]`), or a trailing `\`. The finding sits on the
            first `COPY`/`ADD` that reads from the context, where the build stops; the message names the ignore
            file and its line.

            ## Why
            The builder reads `.dockerignore` before it sends the context and gives up on the first bad line, so
            one typo blocks every build of the image.

            ## Example
            With this build context, whose `.dockerignore` has an unclosed `[` on line 2:
            ```context
            .dockerignore: __pycache__\n[Bb]uild/[
            app.py: print("hello")
            ```
            ```dockerfile
            FROM python:3.12-slim
            COPY . /app
            ```

            ## Use instead
            Fix the line, then the same Dockerfile builds:
            ```context
            .dockerignore: __pycache__\n[Bb]uild/
            app.py: print("hello")
            ```
            ```dockerfile
            FROM python:3.12-slim
            COPY . /app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (context.BuildContext?.IgnoreFile is not { Problems.IsEmpty: false } ignoreFile) return;
        var first = syntax.Instructions.OfType<FileTransferInstruction>()
            .SelectMany(i => ContextSources.Of(i, context)).Cast<ContextSource?>().FirstOrDefault();
        if (first is not { } source) return;
        var name = ignoreFile.Path is { } path ? Path.GetFileName(path) : ".dockerignore";
        foreach (var problem in ignoreFile.Problems)
            context.Report(source.Word.Span, name, problem.Line, problem.Message);
    }
}
