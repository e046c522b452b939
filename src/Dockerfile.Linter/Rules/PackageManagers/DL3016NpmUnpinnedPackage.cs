using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3016: <c>npm install</c> of a package without a version.</summary>
internal sealed class DL3016NpmUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3016",
        Name = "npm-unpinned-package",
        Title = "Pin versions in npm install",
        MessageFormat = "{0} installed without a version; use 'package@<version>'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "An npm package without a version is advice: 2 of 6 audited findings were real problems.",
        Docs = """
            ## What it does
            Reports an `npm install <pkg>` that names a package without `@version` (scoped packages need a second `@`:
            `@scope/name@1.2.3`). Git URLs need a `#ref`; tarballs, folders and a bare `npm install` (which follows
            package.json and its lock file) are fine. One finding per RUN: its message names every unpinned package,
            it points at the first, and the others are its related locations.

            ## Why
            An unpinned package resolves to the newest release at build time: builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            RUN npm install -g pnpm
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            RUN npm install -g pnpm@9.12.1
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (!PackageManagerCatalog.Npm.IsInstall(command)) return;
        unpinned.AddUnpinned(PackageManagerCatalog.Npm.GetPackages(command), context, IsPinned);
    }

    internal static bool IsPinned(string package)
    {
        if (package.StartsWith('-') || package.StartsWith('.') || package.StartsWith('/') || package.StartsWith('~')) return true;
        if (package.EndsWith(".tgz", StringComparison.Ordinal) || package.EndsWith(".tar.gz", StringComparison.Ordinal)
            || package.EndsWith(".tar", StringComparison.Ordinal)) return true;
        if (package.Contains("://", StringComparison.Ordinal) || package.StartsWith("git", StringComparison.Ordinal) ||
            package.StartsWith("github:", StringComparison.Ordinal))
            return package.Contains('#');
        int at = package.LastIndexOf('@');
        return at > 0;
    }
}
