using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Matching;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1001: a dependency install that only needs a manifest runs after the whole source was copied.</summary>
internal sealed class DF1001SourceCopiedBeforeDependencyInstall : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1001",
        Name = "source-copied-before-dependency-install",
        Title = "Copy dependency manifests before the source",
        MessageFormat = "'{0}' runs after {2} was copied, so any source change re-installs the dependencies; COPY {1} first and install before copying the rest",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Warning,
        PresetRationale = "Copying the whole source before installing the dependencies busts the dependency layer's cache on every change (5 of 6 audited findings were real).",
        Docs = """
            ## What it does
            Reports a dependency install in a `RUN` that comes after a `COPY .` (or `ADD .`, `COPY ./`, `COPY *`)
            of the whole build context in the same stage — or after a copy of one source directory into the working
            directory (`COPY ./src-ui ./`, `COPY src/Admin .`, which brings the manifest along with the source) —
            when the manifest the install reads was not copied on its own earlier in that stage (for a directory,
            before or after it). Recognised installs and the manifests named in the message:
            `npm ci`/`npm install` (without package arguments), `yarn`/`yarn install`, `pnpm install`
            (`package.json` and its lock file), `pip install -r <file>` (that file), `go mod download`
            (`go.mod`, `go.sum`), `dotnet restore` (the `*.csproj`), `bundle install` (`Gemfile`,
            `Gemfile.lock`), `composer install` (`composer.json`, `composer.lock`), `cargo fetch`/`cargo build`
            (`Cargo.toml`, `Cargo.lock`), `mvn` (`pom.xml`) and `gradle`/`./gradlew` (`build.gradle`,
            `settings.gradle`).

            ## Why
            A layer is rebuilt when anything it depends on changes. After `COPY . .`, every edit of any source
            file invalidates the cache for every following instruction, so the dependencies are downloaded again
            on each build. Copying only the manifest first, installing, and then copying the rest keeps the
            install layer cached until the dependencies themselves change.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY . .
            RUN npm ci
            CMD ["node", "server.js"]
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci
            COPY . .
            CMD ["node", "server.js"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var copied = new List<string>();          // sources copied before the whole context
        Instruction? copyAll = null;
        string what = "the whole source";
        bool directoryCopy = false;
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction)
            {
                case FileTransferInstruction transfer when !transfer.HasFlag("from"):
                    if (copyAll is null && transfer.Sources.Any(IsWholeContext)) copyAll = transfer;
                    else if (copyAll is null && DirectoryIntoWorkdir(transfer, context) is { } directory)
                    {
                        // COPY ./src-ui ./ then pnpm install: the manifest came with a source directory
                        copyAll = transfer;
                        directoryCopy = true;
                        what = $"the whole directory '{directory}'";
                    }
                    else if (copyAll is null) copied.AddRange(transfer.Sources.Select(s => s.Text));
                    else if (directoryCopy) copied.AddRange(transfer.Sources.Select(s => s.Text));
                    break;
                case RunInstruction run when copyAll is not null && context.Semantics.IsPosixShell(run):
                    foreach (var command in context.GetScript(run).Commands)
                    {
                        if (Describe(command) is not { } install) continue;
                        if (AnyCopied(install.Manifests, copied)) continue;
                        var end = command.Effective.PositionalArguments.FirstOrDefault()?.Span.End ?? command.Span.End;
                        var span = new TextSpan(command.Span.Start, Math.Max(1, end - command.Span.Start));
                        context.Report(span, install.Display, string.Join(" and ", install.Manifests.Select(FileName).Distinct()), what);
                    }
                    break;
            }
        }
    }

    private sealed record Install(string Display, string[] Manifests);

    private static Install? Describe(ShellCommand command)
    {
        var effective = command.Effective;
        string name = effective.BaseName;
        string? sub = effective.Subcommand;
        int positionals = effective.PositionalArguments.Length;
        switch (name)
        {
            case "npm" when sub is "ci" or "install" or "i" && positionals == 1 && !effective.HasFlag("g", "global"):
                return new($"npm {sub}", ["package.json", "package-lock.json"]);
            case "yarn" when (sub is null || (sub == "install" && positionals == 1)) && !effective.HasFlag("g", "global"):
                return new(sub is null ? "yarn" : "yarn install", ["package.json", "yarn.lock"]);
            case "pnpm" when sub is "install" or "i" && positionals == 1:
                return new($"pnpm {sub}", ["package.json", "pnpm-lock.yaml"]);
            case "go" when sub == "mod" && positionals >= 2 && effective.PositionalArguments[1].UnquotedText == "download":
                return new("go mod download", ["go.mod", "go.sum"]);
            case "dotnet" when sub == "restore":
                return new("dotnet restore", ["*.csproj"]);
            case "bundle" when sub == "install" || sub is null:
                return new("bundle install", ["Gemfile", "Gemfile.lock"]);
            case "composer" when sub == "install":
                return new("composer install", ["composer.json", "composer.lock"]);
            case "cargo" when sub is "fetch" or "build":
                return new($"cargo {sub}", ["Cargo.toml", "Cargo.lock"]);
            case "mvn" or "mvnw":
                return new(name, ["pom.xml"]);
            case "gradle" or "gradlew":
                return new(name, ["build.gradle", "settings.gradle"]);
        }
        if (PackageManagerCatalogPip(effective) && effective.GetFlagValues("r", "requirement") is { Length: > 0 } files)
        {
            if (files.Any(f => f.Contains('$'))) return null;
            return new("pip install -r " + files[0], files.ToArray());
        }
        return null;
    }

    private static string FileName(string path) => path.Replace('\\', '/')[(path.Replace('\\', '/').LastIndexOf('/') + 1)..];

    private static bool PackageManagerCatalogPip(ShellCommand effective) =>
        Shell.PackageManagers.PackageManagerCatalog.Pip.IsInstall(effective);

    /// <summary>
    /// The source of a COPY of one directory (a name without extension or glob: <c>src-ui</c>, <c>src/Admin/</c>) into
    /// the working directory (<c>.</c>, <c>./</c> or the WORKDIR's path), or null.
    /// </summary>
    private static string? DirectoryIntoWorkdir(FileTransferInstruction transfer, RuleContext context)
    {
        if (transfer.Sources.Length != 1 || transfer.Destination is not { } destination) return null;
        string source = transfer.Sources[0].Text.Trim('"', '\'');
        string last = FileName(source.TrimEnd('/'));
        if (last.Length == 0 || last.IndexOfAny(['.', '*', '?', '[', '$']) >= 0 || source.StartsWith('/') || source.Contains("..", StringComparison.Ordinal)) return null;
        string target = destination.Text.Trim('"', '\'');
        bool intoWorkdir = target is "." or "./"
            || (context.Semantics.GetEffectiveWorkdir(transfer)?.Path?.Text is { } workdir && workdir.TrimEnd('/') == target.TrimEnd('/') && target.StartsWith('/'));
        return intoWorkdir ? source.TrimEnd('/') : null;
    }

    private static bool IsWholeContext(Word source)
    {
        string text = source.Text.Trim('"', '\'');
        return text is "." or "./" or "*" or "./*" or "./.";
    }

    /// <summary>True when an earlier COPY source names the manifest (or its directory), globs allowed.</summary>
    private static bool AnyCopied(string[] manifests, List<string> copiedSources)
    {
        foreach (var manifest in manifests)
            if (WasCopied(manifest, copiedSources)) return true;
        return false;
    }

    private static bool WasCopied(string manifest, List<string> copiedSources)
    {
        string file = manifest.Replace('\\', '/');
        string fileName = file[(file.LastIndexOf('/') + 1)..];
        string directory = file.Contains('/') ? file[..file.LastIndexOf('/')].TrimStart('.', '/') : "";
        foreach (var source in copiedSources)
        {
            string s = source.Trim('"', '\'').Replace('\\', '/').TrimEnd('/');
            string sourceName = s[(s.LastIndexOf('/') + 1)..];
            if (sourceName.Contains('$')) return true;          // a variable: cannot tell, stay silent
            if (GlobMatches(sourceName, fileName) || GlobMatches(fileName, sourceName)) return true;
            if (directory.Length > 0 && (directory == s.TrimStart('.', '/') || directory.EndsWith("/" + sourceName, StringComparison.Ordinal) || directory == sourceName)) return true;
        }
        return false;
    }

    // A linear matcher: COPY globs come from strangers, and a regex with many stars backtracks exponentially.
    private static bool GlobMatches(string pattern, string name) =>
        pattern.AsSpan().IndexOfAny('*', '?') < 0 ? pattern == name : GlobAutomaton.FromWildcards(pattern).IsMatch(name);
}
