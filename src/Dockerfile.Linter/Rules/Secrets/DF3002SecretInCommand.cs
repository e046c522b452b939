using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3002: a secret written literally in a RUN, CMD, ENTRYPOINT or HEALTHCHECK command (or a RUN heredoc).</summary>
internal sealed class DF3002SecretInCommand : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3002",
        Name = "secret-in-command",
        Title = "Secret written in a RUN, CMD, ENTRYPOINT or HEALTHCHECK command",
        MessageFormat = "{0} contains {1} ('{2}'), which is stored in {3}; pass it as a build secret (RUN --mount=type=secret) or at run time instead",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Scans the commands of `RUN` (shell form, exec form and heredoc scripts), `CMD`, `ENTRYPOINT` and
            `HEALTHCHECK CMD` for literal secrets: well-known
            token formats, passwords in URLs and connection strings, literal values of password/token options
            (`--password=…`, `mysql -p…`, `curl -u user:…`, `sshpass -p`, `.netrc` lines,
            `aws configure set aws_secret_access_key …`, `npm config set …_authToken …`) and literal values assigned
            to secret-looking variables (`DB_PASSWORD=…`, `${ADMIN_PASSWORD:-welcome1}`). Variables, placeholders
            and paths are not reported, and the message masks the value.

            Passwords given to account tools are literal secrets too: `echo user:… | chpasswd` (or `printf`),
            `echo … | passwd --stdin user`, `openssl passwd -6 …` (as in `useradd -p "$(openssl passwd -1 …)"`),
            `useradd`/`usermod -p …`, `htpasswd -b file user …` / `htpasswd -nb user …` and
            `mysqladmin … password …`. A value read from a variable (`ARG`, a secret mount) is not reported.

            With a build context, the shell scripts that a `RUN`, `ENTRYPOINT` or `CMD` runs after a `COPY` took them
            from the context are scanned too, and the finding points at the script's line: the script is stored in
            an image layer, readable by anyone who pulls the image.

            ## Why
            The command line of every `RUN` is stored in the image history (`docker history --no-trunc`), so a
            password typed there is published with the image, and whatever the command writes stays in its layer.
            `CMD`, `ENTRYPOINT` and `HEALTHCHECK` are part of the image configuration that `docker inspect` shows.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN wget --http-password=hunter22 https://files.example.com/tool.tar.gz
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN --mount=type=secret,id=files_password \
                wget --http-password="$(cat /run/secrets/files_password)" https://files.example.com/tool.tar.gz
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>((run, context) => Check(run, run.Command, "RUN", "the build history", context));
        registrar.OnInstruction<CmdInstruction>((cmd, context) => Check(cmd, cmd.Command, "CMD", "the image config", context));
        registrar.OnInstruction<EntrypointInstruction>((entrypoint, context) =>
            Check(entrypoint, entrypoint.Command, "ENTRYPOINT", "the image config", context));
        registrar.OnInstruction<HealthcheckInstruction>((healthcheck, context) =>
            Check(healthcheck, healthcheck.Command, "HEALTHCHECK", "the image config", context));
        registrar.OnFollowedScript(CheckScript);
    }

    private static void CheckScript(FollowedScript script, FollowedScriptContext context)
    {
        // The whole file is in the layer that copies it, comments included.
        foreach (var finding in SecretScanner.Scan(script.File.Source.Text))
            context.Report(new TextSpan(finding.Start, finding.Length), $"'{script.File.ContextPath}'",
                SecretValueText.WithArticle(finding.Description), finding.Masked, "the image layer that copies it");
    }

    private static void Check(Instruction instruction, CommandForm? command, string keyword, string place, RuleContext context)
    {
        if (command is ShellForm shell && instruction.Heredocs.IsEmpty)
        {
            // The usual RUN: its text is scanned as it is, and the map is only made for a finding.
            var findings = SecretScanner.Scan(shell.Text);
            if (findings.Count == 0) return;
            var map = shell.Map;
            foreach (var finding in findings) Report(map.ToSource(finding.Start, finding.Length), finding, keyword, place, context);
            return;
        }
        foreach (var script in ScriptText.Of(instruction, command))
            foreach (var finding in SecretScanner.Scan(script.Text))
                Report(script.ToSource(finding.Start, finding.Length), finding, keyword, place, context);
    }

    private static void Report(TextSpan span, SecretFinding finding, string keyword, string place, RuleContext context)
    {
        context.MarkSecret(span);
        context.Report(span, keyword, SecretValueText.WithArticle(finding.Description), finding.Masked, place);
    }
}
