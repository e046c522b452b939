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

    /// <summary>What one RUN does with one package manager.</summary>
    /// <param name="Update">Where its first index update is written (to its first argument), or null.</param>
    /// <param name="UpdateName">The update's command name (<c>apt-get</c>, <c>apk</c>).</param>
    /// <param name="Installs">True when it installs or upgrades packages.</param>
    /// <param name="InstallStart">Where its first install that does not refresh the index itself starts, or -1.</param>
    private readonly record struct RunFacts(TextSpan? Update, string? UpdateName, bool Installs, int InstallStart);

    // One pass records what each RUN does, a backward sweep gives each RUN the next one that installs: linear in the
    // stage, however many RUNs only update the index (no scan of the later RUNs for each of them).
    private static void Check(Stage stage, RuleContext context)
    {
        // Most stages update no package index: they need none of the tables below.
        if (!UpdatesAnIndex(stage, context)) return;
        var runs = stage.Instructions.OfType<RunInstruction>().Where(r => context.Semantics.IsPosixShell(r)).ToList();
        var facts = new RunFacts[Managers.Length, runs.Count];
        for (int i = 0; i < runs.Count; i++)
        {
            var commands = context.GetScript(runs[i]).Commands;
            for (int m = 0; m < Managers.Length; m++) facts[m, i] = FactsOf(commands, Managers[m]);
        }
        var nextInstall = new int[Managers.Length, runs.Count];
        for (int m = 0; m < Managers.Length; m++)
        {
            int next = -1;
            for (int i = runs.Count - 1; i >= 0; i--)
            {
                nextInstall[m, i] = next;
                if (facts[m, i].Installs) next = i;
            }
        }
        for (int i = 0; i < runs.Count; i++)
        {
            for (int m = 0; m < Managers.Length; m++)
            {
                var own = facts[m, i];
                if (own.Update is not { } update || own.Installs) continue;
                int later = nextInstall[m, i];
                if (later < 0 || facts[m, later].Update is not null || facts[m, later].InstallStart < 0) continue;
                context.Report(update, own.UpdateName + " update", context.Source.GetLinePosition(facts[m, later].InstallStart).Line);
            }
        }
    }

    private static bool UpdatesAnIndex(Stage stage, RuleContext context)
    {
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is not RunInstruction run || !context.Semantics.IsPosixShell(run)) continue;
            foreach (var command in context.GetScript(run).Commands)
                foreach (var manager in Managers)
                    if (IsUpdate(command, manager)) return true;
        }
        return false;
    }

    private static RunFacts FactsOf(IReadOnlyList<ShellCommand> commands, PackageManager manager)
    {
        TextSpan? update = null;
        string? name = null;
        bool installs = false;
        int installStart = -1;
        foreach (var command in commands)
        {
            if (update is null && IsUpdate(command, manager))
            {
                var end = command.Effective.PositionalArguments.FirstOrDefault()?.Span.End ?? command.Span.End;
                update = new TextSpan(command.Span.Start, end - command.Span.Start);
                name = command.Effective.BaseName;
            }
            if (!IsInstall(command, manager)) continue;
            installs = true;
            if (installStart < 0 && !RefreshesIndexItself(command)) installStart = command.Span.Start;
        }
        return new RunFacts(update, name, installs, installStart);
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
