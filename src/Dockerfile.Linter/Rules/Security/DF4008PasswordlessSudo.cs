using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4008: a RUN writes a <c>NOPASSWD</c> sudoers rule, so the image's user can become root without a password.</summary>
internal sealed class DF4008PasswordlessSudo : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4008",
        Name = "passwordless-sudo",
        Title = "Passwordless sudo makes the unprivileged user root",
        MessageFormat = "'{0}' lets the user run any command as root without a password; the USER is then root in all but name",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Corpus: 35 findings, 34 of them in 32 production files, all true, but mostly CI and tooling images (bazel's buildkite agents, Azure Functions core-tools, oracle samples) where passwordless sudo is deliberate: advice, below the gate.",
        Docs = """
            ## What it does
            Reports a `NOPASSWD` sudoers rule written by a `RUN`: in an argument (`echo "app ALL=(ALL) NOPASSWD:ALL"
            >> /etc/sudoers`), in a heredoc body (`cat > /etc/sudoers.d/app <<EOF`), or in the replacement of a
            `sed` substitution that enables one (`sed -i 's/^# %wheel/%wheel/'` is not read; the replacement must
            contain `NOPASSWD`).

            ## Why
            Switching to an unprivileged `USER` protects the host only if that user cannot become root. With
            passwordless sudo, anything that runs as the user — an exploited application, a malicious dependency —
            runs `sudo` and is root. The user is root in all but name, and scanners that check `USER` are misled.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends sudo \
                && useradd --create-home app \
                && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app
            USER app
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN useradd --create-home app
            USER app
            ```
            Do the privileged work in the Dockerfile as root before `USER app`, or give the user exactly the
            commands it needs (`app ALL=(root) NOPASSWD: /usr/sbin/service nginx reload` is still reported: review it).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
        {
            var effective = command.Effective;
            if (effective.BaseName is "grep" or "egrep" or "fgrep" or "test" or "[") continue;
            foreach (var word in effective.Arguments)
            {
                string text = word.UnquotedText;
                int at = text.IndexOf("NOPASSWD", StringComparison.Ordinal);
                if (at < 0) continue;
                if (effective.BaseName == "sed" && !InSedReplacement(text, text.LastIndexOf("NOPASSWD", StringComparison.Ordinal))) continue;
                context.Report(word.Span, Shorten(text));
            }
            // a body the shell runs (RUN <<EOF, bash <<EOF) was parsed into commands above
            if (command.NameWord is null || ShellDialect.IsShell(effective.BaseName)) continue;
            foreach (var redirection in command.Redirections)
            {
                if (redirection.HeredocBody is not { } body || redirection.HeredocBodySpan is not { } bodySpan) continue;
                int at = body.IndexOf("NOPASSWD", StringComparison.Ordinal);
                if (at < 0) continue;
                int lineStart = body.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                int lineEnd = body.IndexOf('\n', at);
                if (lineEnd < 0) lineEnd = body.Length;
                context.Report(new TextSpan(bodySpan.Start + lineStart, lineEnd - lineStart), Shorten(body[lineStart..lineEnd]));
            }
        }
    }

    // s/old/new/: only a replacement that contains NOPASSWD writes one (s/NOPASSWD/PASSWD/ takes it away)
    private static bool InSedReplacement(string expression, int at)
    {
        int s = expression.IndexOf('s');
        if (s < 0 || s + 1 >= expression.Length) return false;
        char delimiter = expression[s + 1];
        int second = expression.IndexOf(delimiter, s + 2);
        return second >= 0 && at > second;
    }

    private static string Shorten(string text)
    {
        string t = text.Trim().ReplaceLineEndings(" ");
        return t.Length > 60 ? t[..57] + "..." : t;
    }
}
