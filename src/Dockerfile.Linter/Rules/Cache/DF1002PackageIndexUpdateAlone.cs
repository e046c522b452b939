using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1002: <c>apt-get update</c> (or <c>apk update</c>) in a RUN of its own, with the install in a later RUN.</summary>
internal sealed class DF1002PackageIndexUpdateAlone : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1002",
        Name = "package-index-update-alone",
        Title = "Update the package index in the same RUN as the install",
        MessageFormat = "'{0}' runs in a different RUN than the install on line {1}; the cached index layer can go stale, so update and install in the same RUN",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `apt-get update` / `apt update` / `apk update` in a `RUN` that installs nothing with that
            package manager, when a later `RUN` of the same stage installs packages with it without updating the
            index itself. The later install is named in the message.

            ## Why
            The builder caches the update layer on its own. When the install line changes later (a package is
            added), the install layer is rebuilt but the update layer comes from the cache, possibly weeks old:
            the install then fails with "404 Not Found" or silently installs outdated versions. Updating and
            installing in one `RUN` keeps them in the same cache entry.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update
            RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update \
                && apt-get install -y --no-install-recommends curl \
                && rm -rf /var/lib/apt/lists/*
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static readonly PackageManager[] Managers = [PackageManagerCatalog.AptGet, PackageManagerCatalog.Apk];

    private static void Check(Stage stage, RuleContext context)
    {
        var runs = stage.Instructions.OfType<RunInstruction>().Where(r => context.Semantics.IsPosixShell(r)).ToList();
        for (int i = 0; i < runs.Count; i++)
        {
            var commands = context.GetScript(runs[i]).Commands;
            foreach (var manager in Managers)
            {
                var update = commands.FirstOrDefault(c => IsUpdate(c, manager));
                if (update is null || commands.Any(c => IsInstall(c, manager))) continue;
                var laterInstall = runs.Skip(i + 1)
                    .Select(r => context.GetScript(r).Commands)
                    .Where(cs => cs.Any(c => IsInstall(c, manager)))
                    .Select(cs => (IReadOnlyList<ShellCommand>)cs)
                    .FirstOrDefault();
                if (laterInstall is null || laterInstall.Any(c => IsUpdate(c, manager))) continue;
                var install = laterInstall.FirstOrDefault(c => IsInstall(c, manager) && !RefreshesIndexItself(c));
                if (install is null) continue;
                var end = update.Effective.PositionalArguments.FirstOrDefault()?.Span.End ?? update.Span.End;
                context.Report(new TextSpan(update.Span.Start, end - update.Span.Start),
                    update.Effective.BaseName + " update", context.Source.GetLinePosition(install.Span.Start).Line);
            }
        }
    }

    private static bool IsUpdate(ShellCommand command, PackageManager manager) =>
        Matches(command, manager) && command.Effective.Subcommand == "update";

    private static bool IsInstall(ShellCommand command, PackageManager manager) =>
        Matches(command, manager) && (manager.IsInstall(command) || PackageManagerCatalog.Apt.IsInstall(command) || command.Effective.Subcommand is "upgrade" or "dist-upgrade" or "full-upgrade");

    /// <summary><c>apk add --no-cache</c> / <c>--update</c> fetch a fresh index themselves.</summary>
    private static bool RefreshesIndexItself(ShellCommand command) =>
        command.EffectiveName == "apk" && command.HasFlag("no-cache", "update", "U");

    private static bool Matches(ShellCommand command, PackageManager manager) =>
        manager == PackageManagerCatalog.AptGet
            ? command.EffectiveName is "apt-get" or "apt"
            : command.EffectiveName == "apk";
}
