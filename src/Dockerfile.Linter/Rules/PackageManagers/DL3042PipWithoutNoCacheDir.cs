using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3042: <c>pip install</c> that keeps pip's download cache in the layer.</summary>
internal sealed class DL3042PipWithoutNoCacheDir : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3042",
        Name = "pip-without-no-cache-dir",
        Title = "Use --no-cache-dir with pip install",
        MessageFormat = "pip install without '--no-cache-dir' keeps pip's download cache in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "pip's download cache costs image size, not correctness: 1 of 6 audited findings was worth a change.",
        Fix = FixAvailability.Always,
        FixTitle = "Add --no-cache-dir",
        Docs = """
            ## What it does
            Reports `pip install` without `--no-cache-dir`. It stays silent when `PIP_NO_CACHE_DIR` is set to a
            true value (by ENV or ARG in scope, or as an assignment or `export` in the same RUN; `0`, `off`, `no` and
            `false` keep the cache, as pip reads them), and when the RUN mounts a
            cache or tmpfs on pip's cache folder or on a folder above it. The cache folder is `--cache-dir`, else
            `PIP_CACHE_DIR`, else `$XDG_CACHE_HOME/pip`, else `$HOME/.cache/pip` (ENV/ARG in scope or assignments
            in the RUN); when none is known, a mount on any `<home>/.cache`, `.cache/pip` or `/root` counts
            (`--mount=type=cache,target=/root/.cache` keeps pip's cache out of the layer). The fix inserts
            `--no-cache-dir` after `install`.

            ## Why
            pip keeps every downloaded wheel under `~/.cache/pip`. In an image that cache is dead weight, often as
            large as the installed packages themselves.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            RUN pip install flask==3.0.3
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            RUN pip install --no-cache-dir flask==3.0.3
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (!PackageManagerCatalog.Pip.IsInstall(command) || command.HasFlag("no-cache-dir")) return;
        if (CacheIsMounted(command, context)) return;
        if (context.Semantics.GetScope(context.Run).Lookup("PIP_NO_CACHE_DIR") is { } v && IsTruthy(v.Value)) return;
        // The RUN's own `PIP_NO_CACHE_DIR=1 pip …` or `export PIP_NO_CACHE_DIR=1`: only a truthy value turns the cache off
        // (pip reads 0, off, no and false as "keep the cache"); a value not known statically counts as set.
        if (context.Script.Commands.Any(c => c.Assignments.Any(a => a.Name == "PIP_NO_CACHE_DIR" && !IsFalsy(a.Value)))) return;
        if (context.Script.Commands.Any(c => c.Effective.Arguments.Any(a =>
                a.UnquotedText.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal) && !IsFalsy(a.Value?["PIP_NO_CACHE_DIR=".Length..])))) return;
        MissingFlag.Report(command, context, "install", " --no-cache-dir");
    }

    // pip keeps its cache in --cache-dir, else $PIP_CACHE_DIR, else $XDG_CACHE_HOME/pip, else $HOME/.cache/pip. A cache
    // or tmpfs mount on that folder or on any folder above it keeps the cache out of the layer.
    private static bool CacheIsMounted(ShellCommand command, RunCommandContext context)
    {
        var targets = context.Run.Mounts
            .Where(m => m.Type is "cache" or "tmpfs" && m.Target is not null)
            .Select(m => VolumePaths.Normalize(m.Target!))
            .ToList();
        if (targets.Count == 0) return false;
        if (CacheDirectory(command, context) is { } cacheDir)
            return targets.Any(t => t == cacheDir || t == "/" || cacheDir.StartsWith(t + "/", StringComparison.Ordinal));
        // HOME unknown: the user's home is not known here, so any <home>/.cache (or the pip folder in it) counts,
        // and /root for the default user.
        return targets.Any(t => t.EndsWith("/.cache", StringComparison.Ordinal) || t.Contains(".cache/pip", StringComparison.Ordinal)
            || t is "/root" or "/");
    }

    private static string? CacheDirectory(ShellCommand command, RunCommandContext context)
    {
        if (command.GetFlag("cache-dir") is { Value: { } flagValue }) return Absolute(flagValue);
        if (Setting("PIP_CACHE_DIR") is { } pipCache) return Absolute(pipCache);
        if (Setting("XDG_CACHE_HOME") is { } xdg) return Absolute(xdg + "/pip");
        if (Setting("HOME") is { } home) return Absolute(home + "/.cache/pip");
        return null;

        string? Setting(string name)
        {
            foreach (var c in context.Script.Commands)
                foreach (var a in c.Assignments)
                    if (a.Name == name && a.Value is { } assigned) return assigned;
            return context.Semantics.GetScope(context.Run).Lookup(name)?.Value;
        }

        static string? Absolute(string path) =>
            path.StartsWith('/') && !path.Contains('$') ? VolumePaths.Normalize(path) : null;
    }

    private static bool IsFalsy(string? value) =>
        value is not null && value.Trim('"', '\'').ToLowerInvariant() is "0" or "false" or "no" or "off" or "";

    private static bool IsTruthy(string? value) =>
        value is not null && value.Trim('"', '\'').ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
