using Dockerfile.Linter.Context;
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
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Needs a build context: given with `--context` (or `context:` in configuration), or inferred for a file on
            disk as its build would find it (a compose service or bake target that builds the Dockerfile, else its
            folder, or the folder above it up to the repository root where its COPY sources are). The message names
            the context it assumed and why. Reports a `COPY`/`ADD` source that names nothing in the context: a missing
            file or directory, or a glob (`*`, `?`, `[...]`, matched one path element at a time as the builder does)
            that matches nothing. Sources are resolved relative to the context root (a leading `/` or `../` cannot
            leave it). `COPY --from=name` is checked against the folder of a named context (`--build-context
            name=dir`, bake `contexts`, compose `additional_contexts`). Skipped: `COPY --from` a stage or image,
            heredocs, URLs and git sources of `ADD`, sources with variables whose value is not known statically,
            `ONBUILD` triggers (they use another context), files whose inferred context is only their own folder by
            default while none of their sources exist there (the file is built from somewhere the repository does
            not show), and sources made before the build: ignored by the
            repository's `.gitignore` (build output is not committed), or written by a script of the repository (a
            Makefile rule, `-o bin/app`, `cp … dist/`, `> version.txt` in a Makefile, shell script, CI workflow or
            `package.json`).
            A source that is on disk but that `.dockerignore` keeps out of the context (for a directory: with
            nothing below it re-included by a `!` line) is reported too, unless DF2004 (BuildKit's
            `CopyIgnoredFile`) already reports it; unlike DF2004 this also works with `!` lines, as in an
            allow-list `.dockerignore` (`*` followed by `!src`, `!package.json`, …). A source that cannot be looked
            at because a directory on its way cannot be read (permissions) is reported as unreadable, not missing:
            the build fails on it too.

            ## Why
            The build stops at this instruction with "not found" after everything before it has run; catching it
            while editing is cheaper, and often reveals a path that is relative to the wrong directory. It is a
            warning, not an error: the context is not always the one assumed (a CI script may build from elsewhere,
            or make the file first).

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
        CheckNamedContextSources(instruction, context);
        // A default context where none of the file's sources exist is not where the file is built from.
        if (context.BuildContextInfo is { IsCorroborated: false }) return;
        if (context.BuildContext is not { } buildContext) return;
        foreach (var source in ContextSources.Of(instruction, context))
        {
            var resolution = buildContext.ResolveSource(source.Value);
            if (resolution.UnreadableReason is { } reason && !resolution.Exists)
            {
                context.Report(source.Word.Span, source.Value, $"cannot be read in {Where(context)} ({reason}); the build fails on it");
                continue;
            }
            if (resolution.IsUncertain) continue;
            if (!resolution.Exists)
            {
                if (context.ExplainProducedBeforeBuild(source.Value) is not null) continue;
                var detail = resolution.HasWildcards ? " (the pattern matches no file or directory)" : "";
                context.Report(source.Word.Span, source.Value, $"does not exist in {Where(context)}{detail}");
            }
            else if (resolution.AllMatchesExcluded && !CopyIgnoredFileCondition.Applies(buildContext.Matcher, source.Value, out _))
            {
                // On disk but never sent; DF2004 (BuildKit's CopyIgnoredFile) reports the cases it recognises itself.
                context.Report(source.Word.Span, source.Value, $"does not exist in {Where(context)}; it is on disk, but .dockerignore keeps it out");
            }
        }
    }

    // COPY --from=name, where name is a named context that is a local folder: the sources must exist there.
    private static void CheckNamedContextSources(FileTransferInstruction instruction, RuleContext context)
    {
        if (instruction.GetFlag("from") is not { Value: { Length: > 0 } name }) return;
        if (context.GetNamedContext(name) is not { Directory: { } directory } named) return;
        if (context.Semantics.FindStage(name) is not null) return;
        var namedContext = BuildContext.Open(directory);
        foreach (var source in ContextSources.FromOtherContext(instruction, context))
        {
            var resolution = namedContext.ResolveSource(source.Value);
            if (resolution.IsUncertain || resolution.Exists) continue;
            var detail = resolution.HasWildcards ? " (the pattern matches no file or directory)" : "";
            context.Report(source.Word.Span, source.Value, $"does not exist in the named context '{named.Name}' {Shown(directory, context)}{detail}");
        }
    }

    private static string Where(RuleContext context) => context.BuildContextInfo is { } info
        ? $"the build context {Shown(info.Directory, context)} ({info.Reason})"
        : "the build context";

    // Relative to the Dockerfile's folder when the file has a path, so the message reads the same from anywhere.
    private static string Shown(string directory, RuleContext context)
    {
        if ((context.BuildContextInfo?.DockerfilePath ?? context.Source.Path) is not { Length: > 0 } path) return directory;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? directory;
        var relative = Path.GetRelativePath(folder, directory).Replace('\\', '/');
        if (Path.IsPathRooted(relative)) return relative;
        return relative == "." ? "./" : relative.StartsWith("..", StringComparison.Ordinal) ? relative + "/" : "./" + relative + "/";
    }
}
