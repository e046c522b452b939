using System.Collections.Frozen;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// The flag tables of commands the rules inspect (which options take a value). Package managers come from
/// <see cref="PackageManagerCatalog"/>; commands without an entry use <see cref="CommandSpec.None"/>.
/// </summary>
internal static class CommandSpecs
{
    private static readonly CommandSpec Shell = new("oO", ["init-file", "rcfile"]);

    private static readonly FrozenDictionary<string, CommandSpec> Table = new Dictionary<string, CommandSpec>(StringComparer.Ordinal)
    {
        ["useradd"] = new("bcdefgGkKpRPsuZ", ["base-dir", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "skel", "key", "password", "root", "prefix", "shell", "uid", "selinux-user"]),
        ["usermod"] = new("cdefgGlpRPsuZ", ["comment", "home", "expiredate", "inactive", "gid", "groups", "login", "password", "root", "prefix", "shell", "uid", "selinux-user"]),
        ["adduser"] = new("hgsGuk", ["home", "shell", "gecos", "uid", "gid", "ingroup", "firstuid", "lastuid", "conf", "comment", "add-extra-groups"]),
        ["groupadd"] = new("gKpRP", ["gid", "key", "password", "root", "prefix"]),
        ["addgroup"] = new("g", ["gid", "conf"]),
        ["wget"] = new("OoaPteUiBwQlARDIXn", ["output-document", "output-file", "append-output", "directory-prefix", "tries", "timeout", "execute", "user-agent", "input-file", "base", "wait", "quota", "level", "accept", "reject", "domains", "include-directories", "exclude-directories", "header", "user", "password", "http-user", "http-password", "post-data", "post-file", "ca-certificate", "certificate", "private-key", "load-cookies", "save-cookies", "progress", "method", "body-data", "max-redirect"]),
        ["curl"] = new("oHdXuAeExwTFCbcrKmYyzDQtPU", ["output", "header", "data", "data-raw", "data-binary", "data-urlencode", "request", "user", "user-agent", "referer", "cert", "proxy", "write-out", "upload-file", "form", "continue-at", "cookie", "cookie-jar", "range", "config", "max-time", "connect-timeout", "retry", "retry-delay", "retry-max-time", "cacert", "capath", "key", "interface", "resolve", "url", "output-dir", "limit-rate", "max-filesize", "proto", "proto-redir", "dns-servers", "proxy-user"]),
        ["tar"] = new("fCTXbHKNVgLI", ["file", "directory", "files-from", "exclude-from", "exclude", "format", "transform", "xform", "strip-components", "include", "owner", "group", "mode", "mtime", "use-compress-program", "blocking-factor", "newer", "after-date", "label", "listed-incremental", "checkpoint-action"]),
        ["git"] = new("Ccbmjo", ["git-dir", "work-tree", "namespace", "branch", "depth", "reference", "origin", "template", "separate-git-dir", "filter", "jobs", "message", "config", "shallow-since", "shallow-exclude", "upload-pack"]),
        ["sed"] = new("efl", ["expression", "file", "line-length"]),
        ["grep"] = new("efmABCdD", ["regexp", "file", "max-count", "after-context", "before-context", "context", "label", "include", "exclude", "exclude-dir"]),
        ["mkdir"] = new("m", ["mode", "context"]),
        ["cp"] = new("tS", ["target-directory", "suffix"]),
        ["mv"] = new("tS", ["target-directory", "suffix"]),
        ["ln"] = new("tS", ["target-directory", "suffix"]),
        ["install"] = new("mogtS", ["mode", "owner", "group", "target-directory", "suffix"]),
        ["unzip"] = new("d"),
        ["su"] = new("cgGsw", ["command", "group", "supp-group", "shell", "whitelist-environment"]),
        ["gpg"] = new("our", ["keyserver", "homedir", "output", "local-user", "recipient", "keyring", "trust-model"]),
        ["sudo"] = new("ughpCUDrtTR", ["user", "group", "host", "prompt", "close-from", "other-user", "chdir", "role", "type", "command-timeout", "chroot"]),
        ["env"] = new("uCS", ["unset", "chdir", "split-string"]),
        ["xargs"] = new("IanLPdEsl", ["max-args", "max-lines", "max-procs", "delimiter", "eof", "max-chars", "arg-file", "process-slot-var"]),
        ["nice"] = new("n", ["adjustment"]),
        ["python"] = new("WXcm"),
        ["sh"] = Shell, ["bash"] = Shell, ["dash"] = Shell, ["ash"] = Shell, ["zsh"] = Shell, ["ksh"] = Shell, ["mksh"] = Shell,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CommandSpec>.AlternateLookup<ReadOnlySpan<char>> VersionlessLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table for a command base name (<c>apt-get</c>, <c>pip3</c>, <c>python3.11</c>); <see cref="CommandSpec.None"/> when unknown.</summary>
    public static CommandSpec For(string commandBaseName)
    {
        if (PackageManagerCatalog.FindByCommandName(commandBaseName) is { } manager) return manager.Spec;
        if (Table.TryGetValue(commandBaseName, out var spec)) return spec;
        // python3.11 reads as python; the name is looked up as a span so that no trimmed string is made.
        var trimmed = commandBaseName.AsSpan().TrimEnd("0123456789.");
        return trimmed.Length > 0 && trimmed.Length != commandBaseName.Length && VersionlessLookup.TryGetValue(trimmed, out spec)
            ? spec : CommandSpec.None;
    }
}
