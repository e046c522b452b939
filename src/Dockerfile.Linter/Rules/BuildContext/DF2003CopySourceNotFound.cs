using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF2003: a COPY/ADD source that does not exist in the build context.</summary>
internal sealed class DF2003CopySourceNotFound : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF2003",
        Name = "copy-source-not-found",
        Title = "COPY/ADD source does not exist in the build context",
        MessageFormat = "'{0}' {1}",
        Category = RuleCategory.BuildContext,
        DefaultSeverity = Severity.Error,
        Docs = """
            ## What it does
            Needs the build context (`--context`). Reports a `COPY`/`ADD` source that names nothing in the context:
            a missing file or directory, or a glob (`*`, `?`, `[...]`, matched one path element at a time as the
            builder does) that matches nothing. Sources are resolved relative to the context root (a leading `/` or
            `../` cannot leave it). Skipped: `COPY --from`, heredocs, URLs and git sources of `ADD`, sources with
            variables whose value is not known statically, and `ONBUILD` triggers (they use another context).
            A source that is on disk but that `.dockerignore` keeps out of the context (for a directory: with
            nothing below it re-included by a `!` line) is reported too, unless DF2004 (BuildKit's
            `CopyIgnoredFile`) already reports it; unlike DF2004 this also works with `!` lines, as in an
            allow-list `.dockerignore` (`*` followed by `!src`, `!package.json`, …). A source that cannot be looked
            at because a directory on its way cannot be read (permissions) is reported as unreadable, not missing:
            the build fails on it too.

            ## Why
            The build stops at this instruction with "not found" after everything before it has run; catching it
            while editing is cheaper, and often reveals a path that is relative to the wrong directory.

            ## Example
            With this build context, which has no `package-lock.json`:
            ```context
            package.json: {"name": "web", "version": "1.0.0"}
            src/index.js: console.log("hi")
            ```
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package.json package-lock.json ./
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package*.json ./
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FileTransferInstruction>(Check);

    private static void Check(FileTransferInstruction instruction, RuleContext context)
    {
        if (context.BuildContext is not { } buildContext) return;
        foreach (var source in ContextSources.Of(instruction, context))
        {
            var resolution = buildContext.ResolveSource(source.Value);
            if (resolution.UnreadableReason is { } reason && !resolution.Exists)
            {
                context.Report(source.Word.Span, source.Value, $"cannot be read in the build context ({reason}); the build fails on it");
                continue;
            }
            if (resolution.IsUncertain) continue;
            if (!resolution.Exists)
            {
                var detail = resolution.HasWildcards ? " (the pattern matches no file or directory)" : "";
                context.Report(source.Word.Span, source.Value, "does not exist in the build context" + detail);
            }
            else if (resolution.AllMatchesExcluded && !CopyIgnoredFileCondition.Applies(buildContext.Matcher, source.Value, out _))
            {
                // On disk but never sent; DF2004 (BuildKit's CopyIgnoredFile) reports the cases it recognises itself.
                context.Report(source.Word.Span, source.Value, "does not exist in the build context (it is on disk, but .dockerignore keeps it out)");
            }
        }
    }
}
