using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3040: <c>dnf install</c> without <c>dnf clean all</c> afterwards.</summary>
internal sealed class DL3040DnfCacheNotCleaned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3040",
        Name = "dnf-cache-not-cleaned",
        Title = "Clean the dnf cache after installing",
        MessageFormat = "{0} {1} without a later '{0} clean all' in the same RUN leaves the package cache in the layer",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A dnf cache left in the layer costs image size, not correctness: advice, as DL3009 is for apt in hadolint.",
        Docs = """
            ## What it does
            Reports `dnf`/`microdnf` `install`, `upgrade` or `reinstall` (and their short forms) that is not
            followed, later in the same RUN, by `dnf clean all` or by removing the dnf cache. A cache or tmpfs
            mount on the dnf cache directory also satisfies it.

            ## Why
            dnf keeps repository metadata and packages in `/var/cache/dnf` (`/var/cache/libdnf5` for dnf5);
            cleaning in a later RUN cannot shrink the layer that already holds them.

            ## Example
            ```dockerfile
            FROM fedora:40
            RUN dnf install -y httpd-2.4.62
            ```

            ## Use instead
            ```dockerfile
            FROM fedora:40
            RUN dnf install -y httpd-2.4.62 && dnf clean all
            ```

            ## Differences from hadolint
            hadolint's specification also reports a line `microdnf clean all && RUN dnf install -y …` written as an
            instruction of its own. That line is no instruction (BuildKit refuses it, DL1000), nothing runs dnf, and
            this rule stays silent; the same commands inside a `RUN` are judged as usual.
            """,
    };

    private static readonly HashSet<string> Installs = ["install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"];

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        string name = command.EffectiveName;
        if (name is not ("dnf" or "microdnf" or "dnf5") || command.Subcommand is not { } sub || !Installs.Contains(sub)) return;
        if (CacheMounts.Covers(context.Run, "/var/cache/dnf") || CacheMounts.Covers(context.Run, "/var/cache/libdnf5") ||
            CacheMounts.Covers(context.Run, ".cache/libdnf5")) return;
        if (RpmPackages.CleanedLater(command, context, CleansCacheOf(name))) return;
        context.Report(command.Span, name, sub);
    }

    // Its own method: a lambda in Check would allocate its closure for every command Check sees, dnf or not.
    private static Func<ShellCommand, bool> CleansCacheOf(string name) => c =>
        (c.EffectiveName == name && c.Effective.Arguments.Any(a => a.Value is "clean" or "all")) ||
        RpmPackages.IsRemoval(c, "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum");
}
