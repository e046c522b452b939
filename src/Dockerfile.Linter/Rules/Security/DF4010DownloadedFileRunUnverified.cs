using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4010: a file downloaded in a RUN is run or installed by the same RUN without a checksum or signature check.</summary>
internal sealed class DF4010DownloadedFileRunUnverified : Rule
{
    private static readonly char[] VersionCharacters = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'];
    private static readonly char[] QueryOrFragment = ['?', '#'];

    private static readonly HashSet<string> Interpreters =
        ["sh", "bash", "zsh", "dash", "ash", "ksh", "python", "python2", "python3", "perl", "ruby", "node", "php", "pwsh"];

    // Commands that check a file against a pinned checksum or signature.
    private static readonly HashSet<string> Verifiers =
    [
        "sha256sum", "sha512sum", "sha384sum", "sha224sum", "sha1sum", "md5sum", "shasum", "b2sum", "gpgv", "cosign",
        "minisign", "signify", "dpkg-sig", "slsa-verifier", "sigstore",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4010",
        Name = "downloaded-file-run-unverified",
        Title = "Check a downloaded script or package before running it",
        MessageFormat = "'{0}' runs '{1}', downloaded {2}without checking a checksum or signature; verify it first",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        PresetRationale = "Corpus: 136 findings, 133 of them in 125 production files (aws-codebuild get-pip.py and Chrome .deb, Azure Functions' packages-microsoft-prod.deb, webdevops' go-replace): 14 of 14 read were code run unverified, the DF4007 risk in two commands, so a warning like DF4007.",
        Docs = """
            ## What it does
            Reports a `RUN` that downloads a file with `curl` (`-o file`, `-O`) or `wget` (`-O file`, or the URL's
            file name) and then, in the same `RUN`, runs it — `sh file`, `bash file`, `./file`, `php file.phar`,
            `python3 file` — or installs it as a package — `dpkg -i`, `apt-get install ./file.deb`, `rpm -i`,
            `yum`/`dnf`/`zypper install file.rpm` — when no checksum or signature check (`sha256sum -c`,
            `sha512sum`, `gpg --verify`, `gpgv`, `rpm -K`, `cosign verify`, …) runs in between. `rpm`, `yum` and
            `dnf` given an `http://` URL to install directly are reported too. The message says when the download
            used plain `http://`.

            With a build context, the same check runs on the shell scripts a `RUN`, `ENTRYPOINT` or `CMD` runs after a
            `COPY` took them from the context (`RUN ./install.sh`): the finding points at the script's line, with the
            instruction that runs it as related location.

            ## Why
            It is the same risk as `curl … | sh` (DF4007): whatever the server — or anyone on the way, for plain
            HTTP — sends is run as root in the build, and the build is not reproducible. A pinned checksum (or a
            signature checked against a pinned key) makes the build fail instead when the file changes.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN curl -fsSLO https://get.example.com/install.sh && sh install.sh
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            ARG INSTALL_SH_SHA256=4f0c3b8a9d3a7a8c1b9e2f6d5c4b3a29181716151413121110090807060504ab
            RUN curl -fsSLO https://get.example.com/install.sh \
                && echo "${INSTALL_SH_SHA256}  install.sh" | sha256sum -c - \
                && sh install.sh
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(Check);
        registrar.OnFollowedScript(CheckScript);
    }

    private sealed record Download(ShellCommand Command, string FileName, bool PlainHttp);

    private sealed record Finding(ShellCommand Runner, string File, bool PlainHttp, ShellCommand? Download);

    private static void Check(RunInstruction run, RuleContext context)
    {
        var commands = context.PosixScript(run).Commands;
        if (!MayFind(commands)) return;
        foreach (var (runner, file, plainHttp, download) in Find(commands))
        {
            var related = download is null ? (IReadOnlyList<RelatedSpan>)[] : [new RelatedSpan(download.Span, "downloaded here")];
            context.Report(runner.Span, related, null, MessageArguments(runner, file, plainHttp));
        }
    }

    // A script copied into the image that downloads and runs a file does it at build time (RUN) or at every start.
    private static void CheckScript(FollowedScript script, FollowedScriptContext context)
    {
        foreach (var (runner, file, plainHttp, download) in Find(script.Script.Commands))
        {
            var related = download is null ? (IReadOnlyList<RelatedSpan>)[] : [new RelatedSpan(download.Span, "downloaded here")];
            context.Report(runner.Span, related, MessageArguments(runner, file, plainHttp));
        }
    }

    // Find reports a command only after a curl or wget, or a package install: most RUNs have neither, and are passed
    // over without an iterator.
    private static bool MayFind(IReadOnlyList<ShellCommand> commands)
    {
        foreach (var command in commands)
        {
            var effective = command.Effective;
            if (effective.BaseName is "curl" or "wget" || IsPackageInstall(effective)) return true;
        }
        return false;
    }

    private static IEnumerable<Finding> Find(IReadOnlyList<ShellCommand> commands)
    {
        List<Download>? downloads = null;   // made at the first download: most RUNs have none
        foreach (var command in commands)
        {
            var effective = command.Effective;
            if (IsVerifier(effective))
            {
                downloads?.Clear();   // whatever was downloaded before is checked (or could be): stay quiet
                continue;
            }
            if (effective.BaseName is "curl" or "wget" && DownloadOf(effective) is { } download)
            {
                (downloads ??= []).Add(download with { Command = command });
                continue;
            }
            // With nothing downloaded yet, only a package install from a plain-HTTP URL can be reported.
            if ((downloads is null || downloads.Count == 0) && !IsPackageInstall(effective)) continue;
            downloads ??= [];
            foreach (var (file, word) in RunFiles(effective))
            {
                var match = downloads.LastOrDefault(d => d.FileName == FileNameOf(file));
                if (match is not null)
                {
                    yield return new Finding(command, word.UnquotedText, match.PlainHttp, match.Command);
                    downloads.Remove(match);
                }
                else if (file.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && IsPackageInstall(effective))
                {
                    yield return new Finding(command, word.UnquotedText, true, null);
                }
            }
        }
    }

    private static object?[] MessageArguments(ShellCommand runner, string file, bool plainHttp)
    {
        string text = runner.ToString().ReplaceLineEndings(" ");
        if (text.Length > 50) text = text[..47] + "...";
        string how = plainHttp ? "over plain HTTP " : "";
        return [SecretValueText.MaskSecrets(text), FileNameOf(file), how];
    }

    private static bool IsVerifier(ShellCommand c) =>
        Verifiers.Contains(c.BaseName)
        || (c.BaseName is "gpg" or "gpg2" && c.Arguments.Any(a => a.UnquotedText is "--verify" or "--verify-files"))
        || (c.BaseName == "rpm" && c.Arguments.Any(a => a.UnquotedText is "-K" or "--checksig"))
        || (c.BaseName == "openssl" && c.Arguments.Any(a => a.UnquotedText is "dgst" or "sha256" or "sha512"));

    /// <summary>The file a curl or wget command writes, by its file name, or null (output to stdout, a directory, unknown).</summary>
    private static Download? DownloadOf(ShellCommand c)
    {
        var urls = c.PositionalArguments.Where(a => a.UnquotedText.Contains("://", StringComparison.Ordinal)).ToList();
        if (urls.Count == 0) return null;
        string url = urls[^1].UnquotedText;
        bool http = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        switch (c.BaseName)
        {
            case "curl":
                if (c.GetFlag("o", "output") is { Value: { } output } && output != "-") return new(c, FileNameOf(output), http);
                if (c.HasFlag("O", "remote-name", "remote-name-all")) return new(c, FileNameOf(UrlFileName(url)), http);
                return null;
            case "wget":
                if (c.GetFlag("O", "output-document") is { Value: { } document })
                    return document == "-" ? null : new(c, FileNameOf(document), http);
                return new(c, FileNameOf(UrlFileName(url)), http);
            default:
                return null;
        }
    }

    /// <summary>The files <paramref name="c"/> runs or installs, with the word that names each.</summary>
    private static IEnumerable<(string File, ShellWord Word)> RunFiles(ShellCommand c)
    {
        if (c.NameWord is { } name && name.UnquotedText.Contains('/') && !Interpreters.Contains(c.BaseName))
            yield return (name.UnquotedText, name);
        var positionals = c.PositionalArguments;
        switch (c.BaseName)
        {
            case var n when Interpreters.Contains(n.TrimEnd(VersionCharacters)):
                if (!c.HasFlag("c", "e", "m") && positionals.Length > 0) yield return (positionals[0].UnquotedText, positionals[0]);
                break;
            case "dpkg" when c.HasFlag("i", "install"):
            case "gdebi":
            case "rpm" when c.Flags.Any(f => f.Name is "i" or "U" or "install" or "upgrade" or "F" or "freshen"):
                foreach (var p in positionals) yield return (p.UnquotedText, p);
                break;
            case "apt-get" or "apt" or "yum" or "dnf" or "microdnf" or "zypper" when c.Subcommand is "install" or "localinstall" or "in":
                foreach (var p in positionals.Skip(1))
                    if (p.UnquotedText.EndsWith(".deb", StringComparison.Ordinal) || p.UnquotedText.EndsWith(".rpm", StringComparison.Ordinal))
                        yield return (p.UnquotedText, p);
                break;
        }
    }

    private static bool IsPackageInstall(ShellCommand c) => c.BaseName is "rpm" or "yum" or "dnf" or "microdnf" or "zypper" or "apt-get" or "apt" or "dpkg";

    private static string UrlFileName(string url)
    {
        int end = url.IndexOfAny(QueryOrFragment);
        string path = end < 0 ? url : url[..end];
        return path[(path.LastIndexOf('/') + 1)..];
    }

    private static string FileNameOf(string path) => ShellCommand.BaseNameOf(path.TrimEnd('/'));
}
