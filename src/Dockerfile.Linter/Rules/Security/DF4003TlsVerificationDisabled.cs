using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4003: TLS certificate verification switched off (curl -k, wget --no-check-certificate, …).</summary>
internal sealed class DF4003TlsVerificationDisabled : Rule
{
    // Settings written into configuration files (ldap.conf, ssh_config, yum/zypper repos, .npmrc, .condarc, wgetrc,
    // pip.conf) or passed as generic options (ssh -o, yum --setopt=) that switch certificate or host-key checks off.
    // Built on first use: almost no text holds one of SettingWords.
    private static class Setting
    {
        public static readonly Regex Pattern = new(
            @"TLS_REQCERT\s+(?:never|allow|try)\b|StrictHostKeyChecking\s*[=\s]\s*(?:no|off)\b|ssl_?verify\s*[=:\s]\s*(?:0|false|no|off)\b"
            + @"|strict-ssl\s*[=:\s]\s*(?:false|0)\b|check[-_]certificate\s*=\s*off\b|trusted-host\s*=\s*\S",
            RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // Every match of Setting.Pattern holds one of these in some ASCII case.
    private static readonly SearchValues<string> SettingWords = SearchValues.Create(
        ["tls_reqcert", "stricthostkeychecking", "sslverify", "ssl_verify", "strict-ssl", "check-certificate", "check_certificate", "trusted-host"],
        StringComparison.OrdinalIgnoreCase);

    // Ignoring case, the regex also folds a few non-ASCII letters (the Kelvin sign): no shortcut for such texts.
    private static bool MayHoldSetting(string text) => text.AsSpan().ContainsAny(SettingWords) || !Ascii.IsValid(text);

    private static Match MatchSetting(string text) => MayHoldSetting(text) ? Setting.Pattern.Match(text) : Match.Empty;

    // Commands whose switches the rule reads one by one (Offending); their words are not scanned as text again.
    private static readonly HashSet<string> SwitchCommands =
        ["curl", "wget", "pip", "pip3", "uv", "npm", "yarn", "pnpm", "git", "conda", "mamba", "micromamba", "composer", "export"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4003",
        Name = "tls-verification-disabled",
        Title = "TLS certificate (or SSH host-key) verification disabled",
        MessageFormat = "'{0}' turns off {1} verification, so {2}",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports switches that turn off TLS certificate checks:
            `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`,
            `npm`/`yarn`/`pnpm config set strict-ssl false` (and `--strict-ssl=false`),
            `git config http.sslVerify false` / `git -c http.sslVerify=false`, `conda config --set ssl_verify false`,
            `composer config secure-http false`, and the environment variables `GIT_SSL_NO_VERIFY`,
            `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `PIP_TRUSTED_HOST`, `NPM_CONFIG_STRICT_SSL=false`
            set with `ENV`, `ARG` or inside `RUN`.

            It also reads what a `RUN` writes into configuration files (`echo`/`printf` arguments, `sed`
            replacements, heredoc bodies such as `cat > /etc/yum.repos.d/x.repo <<EOF`) and generic options
            (`ssh -o`, `yum --setopt=`, `GIT_SSH_COMMAND`): `TLS_REQCERT never|allow|try` (OpenLDAP),
            `StrictHostKeyChecking no` (SSH host keys, the same question for `ssh` and `git` over SSH),
            `sslverify=0`/`false` (yum, dnf, zypper repositories; git's `sslVerify = false`), `ssl_verify: false`
            (conda), `strict-ssl false` (`.npmrc`, `.yarnrc`), `check_certificate = off` (wgetrc) and
            `trusted-host = …` (pip.conf).

            ## Why
            Without certificate verification anyone on the network path (a proxy, a compromised mirror) can serve
            modified packages or scripts, and the build will install them silently. Variables set with `ENV` keep the
            checks off in every container started from the image, too.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache curl && curl -kfsSLo /usr/local/bin/tool https://tools.example.com/tool
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            COPY corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
            RUN apk add --no-cache curl ca-certificates && update-ca-certificates \
                && curl -fsSLo /usr/local/bin/tool https://tools.example.com/tool
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(CheckRun);
        registrar.OnInstruction<EnvInstruction>((env, context) =>
        {
            foreach (var pair in env.Pairs) CheckVariable(pair.Key, pair.Value, context);
        });
        registrar.OnInstruction<ArgInstruction>((arg, context) =>
        {
            foreach (var d in arg.Declarations)
                if (d.DefaultValue is { } value) CheckVariable(d.Name, value, context);
        });
    }

    private static void CheckVariable(Word name, Word value, RuleContext context)
    {
        var (text, _) = SecretValueText.Unquote(value);
        if (DisablesVerification(SecretValueText.Unquote(name).Value, text) || MatchSetting(text).Success)
            Report(context, TextSpan.FromBounds(name.Span.Start, value.Span.End), $"{name.Text}={value.Text}");
    }

    /// <summary>True when setting <paramref name="name"/> to <paramref name="value"/> turns certificate checks off.</summary>
    internal static bool DisablesVerification(string name, string value)
    {
        string v = value.Trim().ToLowerInvariant();
        if (v.Contains('$')) return false;
        return name switch
        {
            "GIT_SSL_NO_VERIFY" => v is not ("" or "0" or "false" or "no" or "off"),
            "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => v == "0",
            "PIP_TRUSTED_HOST" => v.Length > 0,
            "NPM_CONFIG_STRICT_SSL" or "npm_config_strict_ssl" => v is "false" or "0",
            _ => false,
        };
    }

    private static void CheckRun(RunInstruction run, RuleContext context)
    {
        // One list for the RUN instead of two iterators per command: this runs for every command of every RUN.
        var found = new List<(TextSpan Span, string Text)>();
        foreach (var command in context.PosixScript(run).Commands)
        {
            Offending(command, found);
            WrittenSettings(command, found);
            foreach (var (span, text) in found) Report(context, span, text);
            found.Clear();
        }
    }

    private static void Report(RuleContext context, TextSpan span, string text)
    {
        if (text.Contains("StrictHostKeyChecking", StringComparison.OrdinalIgnoreCase))
            context.Report(span, text, "SSH host-key", "any server can pose as the one you meant; add its key to known_hosts (checked against a pinned fingerprint) instead");
        else
            context.Report(span, text, "TLS certificate", "downloads can be tampered with; install the CA certificate instead");
    }

    /// <summary>Configuration lines and generic options in a command's words, assignments and heredoc bodies.</summary>
    private static void WrittenSettings(ShellCommand command, List<(TextSpan Span, string Text)> found)
    {
        foreach (var assignment in command.Assignments)
            if (assignment.Value is { } value && MatchSetting(value) is { Success: true } m)
                found.Add((assignment.Span, m.Value));
        var effective = command.Effective;
        if (!SwitchCommands.Contains(effective.BaseName))
        {
            var args = effective.Arguments;
            if (effective.BaseName is "echo" or "printf" && args.Length > 1 && args.All(a => a.IsStatic))
            {
                // echo StrictHostKeyChecking no >> ~/.ssh/config: the line is spread over several words
                string line = string.Join(' ', args.Select(a => a.UnquotedText));
                if (MatchSetting(line) is { Success: true } joined && !args.Any(a => MatchSetting(a.UnquotedText).Success))
                    found.Add((TextSpan.FromBounds(args[0].Span.Start, args[^1].Span.End), joined.Value));
            }
            foreach (var word in args)
                if (MatchSetting(word.UnquotedText) is { Success: true } m)
                    found.Add((word.Span, m.Value));
        }
        // a body the shell runs (RUN <<EOF, bash <<EOF) was parsed into commands
        if (command.NameWord is null || ShellDialect.IsShell(effective.BaseName)) return;
        foreach (var redirection in command.Redirections)
        {
            if (redirection.HeredocBody is not { } body || redirection.HeredocBodySpan is not { } bodySpan) continue;
            if (!MayHoldSetting(body)) continue;
            foreach (Match m in Setting.Pattern.Matches(body))
                found.Add((new TextSpan(bodySpan.Start + m.Index, m.Length), m.Value));
        }
    }

    private static void Offending(ShellCommand command, List<(TextSpan Span, string Text)> found)
    {
        foreach (var assignment in command.Assignments)
            if (assignment.Value is { } value && DisablesVerification(assignment.Name, value))
                found.Add((assignment.Span, assignment.Word.Text));
        var args = command.Effective.Arguments;
        switch (command.EffectiveName)
        {
            case "export":
                foreach (var a in args)
                {
                    int eq = a.UnquotedText.IndexOf('=');
                    if (a.Value is { } v && eq > 0 && DisablesVerification(v[..eq], v[(eq + 1)..])) found.Add((a.Span, a.Text));
                }
                break;
            case "curl":
                foreach (var flag in command.Flags)
                    if (flag.Name is "k" or "insecure") found.Add((flag.Span, flag.Word.Text));
                break;
            case "wget":
                foreach (var flag in command.Flags)
                    if (flag.Name == "no-check-certificate") found.Add((flag.Span, flag.Word.Text));
                break;
            case "pip" or "pip3" or "uv":
                foreach (var flag in command.Flags)
                    if (flag.Name == "trusted-host") found.Add((flag.Span, flag.Word.Text));
                var positionals = command.PositionalArguments;
                if (positionals.Length >= 3 && positionals[0].Value == "config" && positionals[1].Value == "set"
                    && positionals[2].UnquotedText.EndsWith("trusted-host", StringComparison.Ordinal))
                    found.Add((positionals[2].Span, positionals[2].Text));
                break;
            case "npm" or "yarn" or "pnpm":
                for (int i = 0; i < args.Length; i++)
                {
                    string a = args[i].UnquotedText.ToLowerInvariant();
                    if (a is "--strict-ssl=false" or "--strict-ssl=0" or "strict-ssl=false") found.Add((args[i].Span, args[i].Text));
                    else if (a == "strict-ssl" && i + 1 < args.Length && IsFalse(args[i + 1])) found.Add(Join(args[i], args[i + 1]));
                }
                break;
            case "git":
                for (int i = 0; i < args.Length; i++)
                {
                    string a = args[i].UnquotedText.ToLowerInvariant();
                    bool key = a.StartsWith("http.", StringComparison.Ordinal) && a.EndsWith(".sslverify", StringComparison.Ordinal) || a == "http.sslverify";
                    bool keyValue = a.StartsWith("http.", StringComparison.Ordinal) && a.EndsWith("sslverify=false", StringComparison.Ordinal);
                    if (keyValue) found.Add((args[i].Span, args[i].Text));
                    else if (key && i + 1 < args.Length && IsFalse(args[i + 1])) found.Add(Join(args[i], args[i + 1]));
                }
                break;
            case "conda" or "mamba" or "micromamba":
                for (int i = 0; i + 1 < args.Length; i++)
                    if (args[i].UnquotedText == "ssl_verify" && IsFalse(args[i + 1])) found.Add(Join(args[i], args[i + 1]));
                break;
            case "composer":
                for (int i = 0; i + 1 < args.Length; i++)
                    if (args[i].UnquotedText == "secure-http" && IsFalse(args[i + 1])) found.Add(Join(args[i], args[i + 1]));
                break;
        }
    }

    private static bool IsFalse(ShellWord word) => word.Value?.ToLowerInvariant() is "false" or "0" or "no" or "off";

    private static (TextSpan, string) Join(ShellWord first, ShellWord last) =>
        (TextSpan.FromBounds(first.Span.Start, last.Span.End), first.Text + " " + last.Text);
}
