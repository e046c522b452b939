using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>The shared check of DL3033 (yum) and DL3041 (dnf): RPM packages installed without a version, one finding per RUN.</summary>
internal static class UnpinnedRpm
{
    /// <summary>Subscribes the check for <paramref name="manager"/>, run under any of <paramref name="names"/>.</summary>
    public static void Register(RuleRegistrar registrar, PackageManager manager, string[] names)
    {
        Action<ShellCommand, RunCommandContext, UnpinnedPackages> collect =
            (command, context, unpinned) => Collect(command, context, unpinned, manager, names);
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, collect));
    }

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned, PackageManager manager, string[] names)
    {
        if (Array.IndexOf(names, command.EffectiveName) < 0 || !manager.IsInstall(command)) return;
        if (manager.IsSubcommand(command, "group") || command.Subcommand is "groupinstall" or "localinstall") return;
        bool module = manager.IsSubcommand(command, "module", "install");
        foreach (var package in manager.GetPackages(command))
        {
            if (RpmPackages.IsDeclaredVariable(package, context)) continue;
            if (!package.IsStatic) continue;
            string name = package.Value!;
            bool pinned = module ? name.Contains(':') : RpmPackages.HasDashVersion(name);
            if (!pinned) unpinned.Add(package.Span, name);
        }
    }
}
