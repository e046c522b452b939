using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4011: a package repository added with a plain <c>http://</c> URL.</summary>
internal sealed class DF4011PackageRepositoryOverHttp : Rule
{
    // Commands whose every http:// argument is a repository (add-apt-repository 'deb http://…', zypper ar http://…).
    private static readonly HashSet<string> RepositoryAdders = ["add-apt-repository", "apt-add-repository", "zypper"];

    private static readonly HashSet<string> Writers = ["echo", "printf", "cat", "tee"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4011",
        Name = "package-repository-over-http",
        Title = "Add package repositories over HTTPS",
        MessageFormat = "The package repository '{0}' is fetched over plain HTTP; use its https:// URL",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        PresetRationale = "Corpus: 151 findings in 139 files, all production (osrf, webdevops, azure-functions-docker, jessfraz); of 12 read, 11 were signed repositories (Debian security and archive, ROS snapshots and nginx with signed-by or an imported key, Google Cloud, Alpine edge for apk), where HTTP costs privacy and freshness but not integrity, and Debian's own images use http://deb.debian.org: advice, off by default. The 12th (CentOS cbs with gpgcheck=0) is the real risk, and DF4004 already warns of it.",
        Docs = """
            ## What it does
            Reports package repositories added with a plain `http://` URL in a `RUN`: an apt source line written
            with `echo`/`printf`/a heredoc (`deb http://…`, `deb [signed-by=…] http://…`, deb822 `URIs: http://…`),
            `add-apt-repository 'deb http://…'`, `yum-config-manager --add-repo http://…` and
            `dnf config-manager --add-repo http://…`, a `.repo` file's `baseurl=http://…` / `mirrorlist=http://…`,
            `zypper ar http://…`, `apk add --repository http://…` (`-X`) and an `http://` line written into
            `/etc/apk/repositories`. The finding points at the URL. Loopback addresses (`localhost`, `127.0.0.1`)
            are left alone.

            ## Why
            apt, dnf/yum, zypper and apk check the signatures of what they download, so plain HTTP does not by itself
            let a network attacker substitute packages. It still lets anyone on the path see every package the build
            installs, and serve old, validly signed metadata, which hides security updates from the image (a freeze
            or downgrade attack). And where the signature check is missing (`[trusted=yes]`, `gpgcheck=0`, a key
            fetched over the same HTTP connection), HTTP is the whole attack: DF4004 reports the missing check.
            Almost every mirror serves HTTPS today (`https://deb.debian.org`, `https://dl-cdn.alpinelinux.org`).
            The rule is advice and off in `recommended`, since most repositories in real files are signed
            distribution mirrors; enable it (`--enable DF4011`) to require HTTPS everywhere.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN echo "deb http://nginx.org/packages/debian bookworm nginx" > /etc/apt/sources.list.d/nginx.list
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN echo "deb [signed-by=/usr/share/keyrings/nginx.gpg] https://nginx.org/packages/debian bookworm nginx" \
                > /etc/apt/sources.list.d/nginx.list
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
        {
            var effective = command.Effective;
            string name = effective.BaseName;
            if (name == "yum-config-manager" || (name is "dnf" or "dnf5" or "microdnf" && effective.Subcommand == "config-manager"))
            {
                // only what adds a repository: --add-repo URL, dnf5's --from-repofile=URL and --set=baseurl=URL (a proxy is no repository)
                var arguments = effective.Arguments;
                for (int i = 0; i < arguments.Length; i++)
                {
                    string text = arguments[i].UnquotedText;
                    if (text.StartsWith("--add-repo=", StringComparison.Ordinal) || text.StartsWith("--from-repofile=", StringComparison.Ordinal)
                        || text.Contains("baseurl=", StringComparison.OrdinalIgnoreCase))
                        ReportUrls(arguments[i], context, _ => true);
                    else if (text == "--add-repo" && i + 1 < arguments.Length)
                        ReportUrls(arguments[i + 1], context, _ => true);
                }
            }
            else if (RepositoryAdders.Contains(name))
            {
                // zypper only when it adds a repository (ar / addrepo), not "zypper in http://…/x.rpm"
                if (name == "zypper" && !effective.PositionalArguments.Any(a => a.UnquotedText is "ar" or "addrepo")) continue;
                foreach (var word in effective.Arguments) ReportUrls(word, context, _ => true);
            }
            else if (name == "apk")
            {
                var arguments = effective.Arguments;
                for (int i = 0; i < arguments.Length; i++)
                {
                    string text = arguments[i].UnquotedText;
                    if (text.StartsWith("--repository=", StringComparison.Ordinal) || text.StartsWith("-Xhttp", StringComparison.Ordinal))
                        ReportUrls(arguments[i], context, _ => true);
                    else if (text is "--repository" or "-X" && i + 1 < arguments.Length)
                        ReportUrls(arguments[i + 1], context, _ => true);
                }
            }
            else if (Writers.Contains(name))
            {
                bool intoApkRepositories = WritesTo(command, "/etc/apk/repositories");
                foreach (var word in effective.Arguments)
                    ReportUrls(word, context, before => IsRepositoryLine(before) || (intoApkRepositories && IsLineStart(before)));
                foreach (var redirection in command.Redirections)
                {
                    // cat > /etc/apt/sources.list.d/x.list <<EOF … EOF
                    if (redirection is { IsHeredoc: true, HeredocBody: { } body, HeredocBodySpan: { } bodySpan } && bodySpan.Length == body.Length)
                        ReportInText(body, bodySpan.Start, context, before => IsRepositoryLine(before) || (intoApkRepositories && IsLineStart(before)));
                }
            }
        }
    }

    /// <summary>True when the command's output goes to <paramref name="path"/> (a redirection, or <c>| tee path</c>).</summary>
    private static bool WritesTo(ShellCommand command, string path)
    {
        if (command.Redirections.Any(r => r.Operator is ">" or ">>" or ">|" && r.Target?.UnquotedText == path)) return true;
        if (command.Effective.BaseName == "tee" && command.Effective.Arguments.Any(a => a.UnquotedText == path)) return true;
        var pipeline = command.Pipeline;
        if (pipeline is null) return false;
        int index = pipeline.Commands.IndexOf(command);
        return index >= 0 && pipeline.Commands.Skip(index + 1).Any(c => c.Effective.BaseName == "tee" && c.Effective.Arguments.Any(a => a.UnquotedText == path));
    }

    private static void ReportUrls(ShellWord word, RuleContext context, Func<string, bool> precededBy)
    {
        string text = word.UnquotedText;
        int at = 0;
        while ((at = text.IndexOf("http://", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = UrlEnd(text, at);
            if (precededBy(text[..at]) && !IsLoopback(text, at))
                context.Report(word.GetSpanOfUnquoted(at, end - at), text[at..end]);
            at = end;
        }
    }

    private static void ReportInText(string text, int fileOffset, RuleContext context, Func<string, bool> precededBy)
    {
        int at = 0;
        while ((at = text.IndexOf("http://", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = UrlEnd(text, at);
            if (precededBy(text[..at]) && !IsLoopback(text, at))
                context.Report(new TextSpan(fileOffset + at, end - at), text[at..end]);
            at = end;
        }
    }

    private static int UrlEnd(string text, int at)
    {
        int end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or ']' or '|' or ';' or ',' or '\\')) end++;
        return end;
    }

    private static bool IsLoopback(string text, int at)
    {
        var host = text.AsSpan(at + "http://".Length);
        return host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("127.", StringComparison.Ordinal)
            || host.StartsWith("[::1]", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the text before a URL makes it a repository: <c>deb </c> / <c>deb-src </c> (with an option block
    /// <c>[…]</c>), deb822 <c>URIs:</c>, or a repo file's <c>baseurl=</c> / <c>mirrorlist=</c>, each at the start of a
    /// line or of the word.
    /// </summary>
    private static bool IsRepositoryLine(string before)
    {
        var line = LastLine(before).TrimEnd();
        if (line.EndsWith("baseurl=", StringComparison.OrdinalIgnoreCase) || line.EndsWith("mirrorlist=", StringComparison.OrdinalIgnoreCase)
            || line.EndsWith("metalink=", StringComparison.OrdinalIgnoreCase))
            return true;
        if (line.EndsWith(']'))
        {
            int open = line.LastIndexOf('[');
            if (open < 0) return false;
            line = line[..open].TrimEnd();
        }
        line = line.TrimStart();
        return line is "deb" or "deb-src" || line.Equals("URIs:", StringComparison.OrdinalIgnoreCase);
    }

    // An apk repositories line: the URL alone, or after a tag (@edge http://…).
    private static bool IsLineStart(string before)
    {
        var line = LastLine(before).Trim();
        return line.Length == 0 || (line[0] == '@' && !line.Any(char.IsWhiteSpace));
    }

    // The text after the last line break, literal or written as \n in an echo/printf argument.
    private static string LastLine(string before)
    {
        int literal = before.LastIndexOf('\n');
        int escaped = before.LastIndexOf("\\n", StringComparison.Ordinal);
        int start = Math.Max(literal + 1, escaped < 0 ? 0 : escaped + 2);
        return before[start..];
    }
}
