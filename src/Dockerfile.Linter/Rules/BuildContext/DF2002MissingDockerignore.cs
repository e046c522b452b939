using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF2002: no .dockerignore while COPY/ADD of the whole context sends large or irrelevant trees.</summary>
internal sealed class DF2002MissingDockerignore : Rule
{
    /// <summary>A context at least this large is worth a .dockerignore even without a recognised tree.</summary>
    internal const long LargeContextBytes = 100_000_000;

    private const int MaxListed = 4;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF2002",
        Name = "missing-dockerignore",
        Title = "The whole build context is copied without a .dockerignore",
        MessageFormat = "No .dockerignore: '{0}' sends {1} ({2}) to the builder{3}",
        Category = RuleCategory.BuildContext,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Needs the build context (`--context`). When the context has no `.dockerignore` (neither
            `<Dockerfile>.dockerignore` nor one at the context root) and a `COPY`/`ADD` copies the whole context
            (`.`, `./` or `/`), reports the first such instruction if the context holds a `.git` directory,
            `node_modules`, build output (`dist`; `bin`/`obj` next to a .NET project; `target` next to
            `pom.xml`/`Cargo.toml`/Gradle/sbt files; `build` next to Gradle, CMake, Python or npm project files) or
            weighs 100 MB or more. The message gives the file count and size that would be sent.

            ## Why
            Everything in the context is sent to the builder before the first instruction runs, and `COPY . .`
            then bakes it into a layer: history, dependencies installed for another platform, stale build output.
            Builds get slower, images bigger, and any change to these files invalidates the layer cache.

            ## Example
            With this build context, which has no `.dockerignore`:
            ```context
            .git/HEAD: ref: refs/heads/main
            node_modules/express/index.js: module.exports = {}
            package.json: {"name": "web", "version": "1.0.0"}
            package-lock.json: {"lockfileVersion": 3}
            src/server.js: require("http").createServer().listen(3000)
            ```
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY . .
            RUN npm ci --omit=dev
            ```

            ## Use instead
            Add a `.dockerignore` with `.git`, `node_modules`, build output and local configuration, or copy only
            what the build needs:
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci --omit=dev
            COPY src/ ./src/
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (context.BuildContext is not { IgnoreFile: null } buildContext) return;
        var whole = FirstWholeContextCopy(syntax, context);
        if (whole is not { } source) return;

        var summary = buildContext.Summary;
        if (summary.NotableEntries.IsEmpty && summary.TotalBytes < LargeContextBytes) return;

        var including = summary.NotableEntries.IsEmpty
            ? ""
            : ", including " + string.Join(", ", summary.NotableEntries.Take(MaxListed).Select(Describe))
              + (summary.NotableEntries.Length > MaxListed ? $" and {summary.NotableEntries.Length - MaxListed} more" : "");
        var files = SizeText.Count(summary.FileCount, "file", "files") + (summary.IsComplete ? "" : " or more");
        context.Report(source.Word.Span, source.Value, files, SizeText.Format(summary.TotalBytes), including);
    }

    private static ContextSource? FirstWholeContextCopy(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var instruction in syntax.Instructions.OfType<FileTransferInstruction>())
            foreach (var source in ContextSources.Of(instruction, context))
                if (GoPath.ToContextRelative(source.Value) == ".") return source;
        return null;
    }

    private static string Describe(NotableEntry entry) =>
        $"{entry.Path} ({SizeText.Count(entry.FileCount, "file", "files")}, {SizeText.Format(entry.TotalBytes)})";
}
