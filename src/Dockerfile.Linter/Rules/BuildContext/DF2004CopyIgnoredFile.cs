using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF2004 (BuildKit CopyIgnoredFile): a COPY/ADD source excluded by .dockerignore.</summary>
internal sealed class DF2004CopyIgnoredFile : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF2004",
        Name = "copy-ignored-file",
        Title = "COPY/ADD source is excluded by .dockerignore",
        MessageFormat = "Attempting to {0} file {1} that is excluded by .dockerignore",
        Category = RuleCategory.BuildContext,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Aliases = ["CopyIgnoredFile"],
        Docs = """
            ## What it does
            Needs the build context (`--context`). Reports a `COPY`/`ADD` source from the main context that the
            `.dockerignore` in effect excludes, itself or through a parent directory, with BuildKit's exact
            conditions: the check stays silent for a source when a `!` re-inclusion line could re-include something
            at or below it (a directory may be excluded while files below it are re-included, which cannot be
            judged from the source text alone): the line's literal path, up to its first wildcard, lies at or below
            the source, or a wildcard line starts above it. `!` lines elsewhere do not matter. A source of `.` or
            `/` is reported only when an exclusion line is exactly `*`, `**` or `**/*`. The source is
            cleaned as BuildKit cleans it, so a leading `/` is kept and never matches a pattern. `COPY --from`,
            heredocs, URLs and sources with unknown variables are skipped. Every stage is checked, as
            `docker build --check` does (a real build checks only the stages it builds). Sources that
            `.dockerignore` keeps out in ways this check does not see (below a `!` line, or with a leading `/`) are
            reported by DF2003.

            ## Why
            The client never sends excluded files, so the build fails with "not found" or, for a directory, silently
            copies less than intended.

            ## Example
            With this build context, whose `.dockerignore` excludes `dist`:
            ```context
            .dockerignore: node_modules\ndist
            dist/index.html: <h1>stale local build</h1>
            package.json: {"name": "site", "scripts": {"build": "mkdir -p dist && cp src/index.html dist/"}}
            src/index.html: <h1>Status</h1>
            ```
            ```dockerfile
            FROM nginx:1.27-alpine
            COPY dist/ /usr/share/nginx/html/
            ```

            ## Use instead
            Build the assets in a stage instead of shipping a local `dist`, or stop ignoring it:
            ```dockerfile
            FROM node:22-alpine AS build
            WORKDIR /src
            COPY . .
            RUN npm ci && npm run build

            FROM nginx:1.27-alpine
            COPY --from=build /src/dist/ /usr/share/nginx/html/
            ```

            ## Differences from hadolint
            hadolint has no equivalent; this is BuildKit's `CopyIgnoredFile` check, and `# check=skip=CopyIgnoredFile`
            turns it off.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FileTransferInstruction>(Check);

    private static void Check(FileTransferInstruction instruction, RuleContext context)
    {
        if (context.BuildContext?.IgnoreFile is not { } ignoreFile) return;
        foreach (var source in ContextSources.Of(instruction, context))
        {
            if (CopyIgnoredFileCondition.Applies(ignoreFile.Matcher, source.Value, out var cleaned))
                context.Report(source.Word.Span, ContextSources.CommandName(instruction), GoText.Quote(cleaned));
        }
    }
}
