using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell.PackageManagers;

/// <summary>The package managers the rules know, with their flag tables and install subcommands.</summary>
public static class PackageManagerCatalog
{
    /// <summary><c>apt-get</c>: <c>install</c>; <c>-o -c -t -a -P</c> take values.</summary>
    public static PackageManager AptGet { get; } = new("apt-get", "apt-get",
        new CommandSpec("octaP", ["option", "config-file", "target-release", "default-release", "host-architecture", "build-profiles"]),
        "install");

    /// <summary><c>apt</c>: like apt-get.</summary>
    public static PackageManager Apt { get; } = new("apt", "apt", AptGet.Spec, "install");

    /// <summary><c>apk</c>: <c>add</c>; <c>-X -t -p</c> take values.</summary>
    public static PackageManager Apk { get; } = new("apk", "apk",
        new CommandSpec("Xtp", ["repository", "virtual", "root", "repositories-file", "keys-dir", "cache-dir", "arch", "cache-max-age", "wait", "timeout"]),
        "add");

    /// <summary><c>pip</c>, <c>pip3</c>, <c>pip3.11</c> and <c>python -m pip</c>: <c>install</c>; <c>-r -c -e -i -t -f -b -d</c> and many long options take values.</summary>
    public static PackageManager Pip { get; } = new("pip", "pip[0-9.]*",
        new CommandSpec("rceitfbd", ["requirement", "constraint", "editable", "index-url", "extra-index-url", "find-links", "target", "prefix", "root", "src", "upgrade-strategy", "platform", "python-version", "implementation", "abi", "global-option", "install-option", "build-option", "config-settings", "trusted-host", "cert", "client-cert", "cache-dir", "log", "proxy", "retries", "timeout", "exists-action", "progress-bar", "only-binary", "no-binary", "python", "report", "use-feature", "use-deprecated", "root-user-action", "keyring-provider", "dest", "build", "group"]),
        "install");

    /// <summary><c>npm</c>: <c>install</c>, <c>i</c>, <c>in</c>, <c>add</c>; <c>-w</c>, <c>--registry</c>, <c>--loglevel</c> … take values.</summary>
    public static PackageManager Npm { get; } = new("npm", "npm",
        new CommandSpec("w", ["workspace", "registry", "loglevel", "prefix", "cache", "tag", "userconfig", "globalconfig", "omit", "include", "save-prefix", "install-strategy", "otp", "scope"]),
        "install", "i", "in", "add", "isntall");

    /// <summary><c>yarn</c>: <c>add</c>, <c>global add</c> (packages) and <c>install</c> (lockfile).</summary>
    public static PackageManager Yarn { get; } = new("yarn", "yarn",
        new CommandSpec("", ["cwd", "modules-folder", "cache-folder", "registry", "network-timeout", "mutex", "global-folder", "link-folder", "network-concurrency", "use-yarnrc", "https-proxy", "proxy"]),
        "add", "global add", "install");

    /// <summary><c>gem</c>: <c>install</c>, <c>i</c>; <c>-v -i -n -s -p -P -g</c> take values.</summary>
    public static PackageManager Gem { get; } = new("gem", "gem",
        new CommandSpec("vinspPg", ["version", "install-dir", "bindir", "source", "http-proxy", "trust-policy", "file", "platform", "build-root", "target-rbconfig"]),
        "install", "i")
    { PassesOptionsAfterDoubleDash = true };

    /// <summary><c>yum</c>: <c>install</c>, <c>groupinstall</c>, <c>localinstall</c>, <c>module install</c>.</summary>
    public static PackageManager Yum { get; } = new("yum", "yum",
        new CommandSpec("cdexR", ["config", "exclude", "disablerepo", "enablerepo", "installroot", "releasever", "setopt", "downloaddir", "color", "debuglevel", "errorlevel", "rpmverbosity", "disableplugin", "enableplugin", "repo", "repoid", "destdir"]),
        "install", "groupinstall", "localinstall", "module install");

    /// <summary><c>dnf</c>, <c>dnf5</c>, <c>microdnf</c>: <c>install</c>, <c>in</c>, <c>groupinstall</c>, <c>localinstall</c>, <c>module install</c>, <c>group install</c>.</summary>
    public static PackageManager Dnf { get; } = new("dnf", "dnf[0-9]*|microdnf",
        new CommandSpec("cdexR", ["config", "exclude", "disablerepo", "enablerepo", "installroot", "releasever", "setopt", "downloaddir", "color", "debuglevel", "errorlevel", "rpmverbosity", "disableplugin", "enableplugin", "repo", "repoid", "destdir", "forcearch", "comment", "use-host-config"]),
        "install", "in", "groupinstall", "localinstall", "module install", "group install");

    /// <summary><c>zypper</c>: <c>install</c>, <c>in</c>; <c>-R -c -D -C -t -r</c> take values.</summary>
    public static PackageManager Zypper { get; } = new("zypper", "zypper",
        new CommandSpec("RcDCtr", ["root", "config", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir", "pkg-cache-dir", "type", "repo", "from", "download"]),
        "install", "in");

    /// <summary><c>go</c>: <c>install</c>, <c>get</c>; single-dash long options (<c>-ldflags</c>, <c>-tags</c>, <c>-o</c> …).</summary>
    public static PackageManager Go { get; } = new("go", "go",
        new CommandSpec("", ["ldflags", "gcflags", "asmflags", "tags", "o", "mod", "modfile", "p", "C", "buildmode", "compiler", "gccgoflags", "installsuffix", "overlay", "pkgdir", "toolexec", "pgo", "covermode", "coverpkg"], singleDashLongOptions: true),
        "install", "get");

    /// <summary>Every known manager.</summary>
    public static ImmutableArray<PackageManager> All { get; } = [AptGet, Apt, Apk, Pip, Npm, Yarn, Gem, Yum, Dnf, Zypper, Go];

    /// <summary>The manager whose command names include <paramref name="commandBaseName"/>, or null.</summary>
    public static PackageManager? FindByCommandName(string commandBaseName)
    {
        foreach (var manager in All)
            if (manager.MatchesName(commandBaseName)) return manager;
        return null;
    }

    /// <summary>The manager run by the effective command, or null.</summary>
    public static PackageManager? Find(ShellCommand command) => FindByCommandName(command.EffectiveName);

    /// <summary>The packages of an install command of any known manager (empty for anything else).</summary>
    public static ImmutableArray<ShellWord> GetInstalledPackages(ShellCommand command) =>
        Find(command)?.GetPackages(command) ?? [];
}
