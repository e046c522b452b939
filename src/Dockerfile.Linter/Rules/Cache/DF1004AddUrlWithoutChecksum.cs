using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1004: <c>ADD https://…</c> without <c>--checksum</c>.</summary>
internal sealed class DF1004AddUrlWithoutChecksum : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1004",
        Name = "add-url-without-checksum",
        Title = "Pin ADD downloads with --checksum",
        MessageFormat = "ADD downloads '{0}' without --checksum; add --checksum=sha256:<digest> so the download is verified",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        Docs = """
            ## What it does
            Reports an HTTP(S) source of `ADD` (not a git repository: see DF1005) when the instruction has no
            `--checksum` flag. Sources are expanded with the ARG and ENV values known at that point.

            ## Why
            Without a checksum the builder trusts whatever the server returns: a changed or compromised file ends
            up in the image unnoticed, and the same Dockerfile builds different images over time. BuildKit
            (Dockerfile syntax 1.6 and later) verifies `ADD --checksum=sha256:<digest> <url>` and fails the build
            when the content differs.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ADD https://example.com/tool-1.2.3.tar.gz /tmp/
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<AddInstruction>(Check);

    private static void Check(AddInstruction add, RuleContext context)
    {
        foreach (var (source, value) in UncheckedAddSources.Of(add, context))
            if (RemoteSource.IsHttpUrl(value) && !RemoteSource.IsGitUrl(value))
                context.Report(source.Span, value);
    }
}
