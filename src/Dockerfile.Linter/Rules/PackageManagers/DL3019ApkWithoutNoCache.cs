using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3019: <c>apk add</c> that leaves the package index cache in the layer.</summary>
internal sealed class DL3019ApkWithoutNoCache : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3019",
        Name = "apk-without-no-cache",
        Title = "Use --no-cache with apk add",
        MessageFormat = "apk add without '--no-cache' leaves the package index in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Always,
        FixTitle = "Add --no-cache",
        Docs = """
            ## What it does
            Reports `apk add` without `--no-cache`, unless the RUN mounts a cache or tmpfs on `/var/cache/apk`.
            The fix inserts `--no-cache` after `add`.

            ## Why
            `apk add` downloads the index into `/var/cache/apk`; it then stays in the layer and makes the image
            bigger for nothing. `--no-cache` fetches the index to a temporary place and drops it.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN apk add curl=8.9.1-r2
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache curl=8.9.1-r2
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (!PackageManagerCatalog.Apk.IsInstall(command) || command.HasFlag("no-cache")) return;
        if (CacheMounts.Covers(context.Run, "/var/cache/apk")) return;
        MissingFlag.Report(command, context, "add", " --no-cache");
    }
}
