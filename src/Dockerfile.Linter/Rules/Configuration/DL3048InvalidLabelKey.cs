using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3048: a LABEL key that does not follow the label key format.</summary>
internal sealed class DL3048InvalidLabelKey : Rule
{
    private static readonly string[] ReservedPrefixes = ["com.docker.", "io.docker.", "org.dockerproject."];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3048",
        Name = "invalid-label-key",
        Title = "Invalid label key",
        MessageFormat = "Label key '{0}' is invalid: {1}",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Style,
        Hadolint = PresetSetting.On(Severity.Style),
        Docs = """
            ## What it does
            Reports a `LABEL` key that breaks Docker's key format: it must start with a lower-case letter, end with a
            lower-case letter or digit, contain only lower-case letters, digits, `.` and `-`, have no `..` or `--`,
            and not use the namespaces reserved for Docker (`com.docker.`, `io.docker.`, `org.dockerproject.`).
            Keys written with variables are checked with their values.

            ## Why
            Tools that read labels (registries, scanners, orchestrators) expect reverse-DNS keys such as
            `org.opencontainers.image.source`; other keys are easy to mistype and may clash with Docker's own.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            LABEL Maintainer_Name="Jane Doe"
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.authors="Jane Doe"
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<LabelInstruction>(Check);

    private static void Check(LabelInstruction label, RuleContext context)
    {
        if (context.IsOnbuildTrigger) return;
        foreach (var pair in label.Pairs)
        {
            string? key = context.Semantics.Expand(pair.Key, label);
            if (key is null) continue;
            if (Problem(key) is { } problem) context.Report(pair.Key.Span, key, problem);
        }
    }

    private static string? Problem(string key)
    {
        if (key.Length == 0) return "it is empty";
        if (key[0] is not (>= 'a' and <= 'z')) return "it must start with a lower-case letter";
        if (key[^1] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return "it must end with a lower-case letter or a digit";
        if (key.Any(c => c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-')))
            return "only lower-case letters, digits, '.' and '-' are allowed";
        if (key.Contains("..", StringComparison.Ordinal) || key.Contains("--", StringComparison.Ordinal))
            return "it must not contain '..' or '--'";
        if (ReservedPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))) return "the namespace is reserved for Docker";
        return null;
    }
}
