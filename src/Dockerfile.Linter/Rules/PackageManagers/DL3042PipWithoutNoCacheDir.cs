using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

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
        Docs = """
            ## What it does
            Reports `pip install` without `--no-cache-dir`. It stays silent when `PIP_NO_CACHE_DIR` is set to a
            true value (by ENV or ARG in scope, or as an assignment in the same RUN), and when the RUN mounts a
            cache or tmpfs on `.cache/pip`. The fix inserts `--no-cache-dir` after `install`.

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
        if (CacheMounts.Covers(context.Run, ".cache/pip")) return;
        if (context.Semantics.GetScope(context.Run).Lookup("PIP_NO_CACHE_DIR") is { } v && IsTruthy(v.Value)) return;
        if (context.Script.Commands.Any(c => c.Assignments.Any(a => a.Name == "PIP_NO_CACHE_DIR"))) return;
        if (context.Script.Commands.Any(c => c.Effective.Arguments.Any(a => a.UnquotedText.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal)))) return;
        var install = command.Effective.Arguments.FirstOrDefault(a => a.Value == "install");
        var fix = install is null ? null : new Fix("Add --no-cache-dir", [new TextEdit(new TextSpan(install.Span.End, 0), " --no-cache-dir")]);
        context.Report(install?.Span ?? command.Span, fix);
    }

    private static bool IsTruthy(string? value) =>
        value is not null && value.Trim('"', '\'').ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
