using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3002: a secret written literally in a RUN command or its heredoc.</summary>
internal sealed class DF3002SecretInRunCommand : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3002",
        Name = "secret-in-run-command",
        Title = "Secret written in a RUN command",
        MessageFormat = "RUN contains {0} ('{1}'), which is recorded in the build history; pass it as a build secret (RUN --mount=type=secret) instead",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Scans the text of every `RUN` (shell form, exec form and heredoc scripts) for literal secrets: well-known
            token formats, passwords in URLs and connection strings, literal values of password/token options
            (`--password=…`, `mysql -p…`, `curl -u user:…`, `sshpass -p`, `echo user:… | chpasswd`, `.netrc` lines,
            `aws configure set aws_secret_access_key …`, `npm config set …_authToken …`) and literal values assigned
            to secret-looking variables (`DB_PASSWORD=…`, `${ADMIN_PASSWORD:-welcome1}`). Variables, placeholders
            and paths are not reported, and the message masks the value.

            ## Why
            The command line of every `RUN` is stored in the image history (`docker history --no-trunc`), so a
            password typed there is published with the image, and whatever the command writes stays in its layer.

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

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        foreach (var script in ScriptText.Of(run, run.Command))
            foreach (var finding in SecretScanner.Scan(script.Text))
                context.Report(script.ToSource(finding.Start, finding.Length),
                    SecretValueText.WithArticle(finding.Description), finding.Masked);
    }
}
