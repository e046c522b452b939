using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3003: an ADD source URL with credentials or a token in it.</summary>
internal sealed class DF3003CredentialsInAddUrl : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3003",
        Name = "credentials-in-add-url",
        Title = "Credentials in an ADD source URL",
        MessageFormat = "ADD source contains {0} ('{1}'), which is recorded in the build history and the Dockerfile",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `ADD` sources that are URLs (HTTP or Git) carrying a password in their user information
            (`https://user:password@host/…`) or a recognisable token anywhere in the URL (`?token=ghp_…`).

            ## Why
            The source of an `ADD` is part of the build history and of the Dockerfile itself; the credential leaks
            with both. BuildKit can authenticate Git and HTTP sources with build secrets instead.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ADD https://deploy:hunter22@artifacts.example.com/app.tar.gz /opt/
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN --mount=type=secret,id=netrc,target=/root/.netrc \
                wget --quiet -P /opt https://artifacts.example.com/app.tar.gz
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<AddInstruction>(Check);

    private static void Check(AddInstruction add, RuleContext context)
    {
        foreach (var source in add.Sources)
        {
            var (value, offset) = SecretValueText.Unquote(source);
            if (!RemoteSource.IsRemote(value)) continue;
            foreach (var finding in SecretScanner.Scan(value))
            {
                var span = SecretValueText.SpanOf(source, offset, finding);
                context.MarkSecret(span);
                context.Report(span, SecretValueText.WithArticle(finding.Description), finding.Masked);
            }
        }
    }
}
