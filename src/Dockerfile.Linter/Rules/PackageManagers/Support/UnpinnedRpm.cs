using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>The shared check of DL3033 and DL3041.</summary>
internal static class UnpinnedRpm
{
    public static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned, PackageManager manager, string[] names)
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
