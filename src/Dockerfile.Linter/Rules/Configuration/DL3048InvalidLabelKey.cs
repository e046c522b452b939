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
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Style,
        Hadolint = PresetSetting.On(Severity.Style),
        Docs = """
            ## What it does
            Reports a `LABEL` key that breaks Docker's key format: it must start with a lower-case letter, end with a
            lower-case letter or digit, contain only lower-case letters, digits, `.` and `-`, have no `..` or `--`,
            and not use the namespaces reserved for Docker (`com.docker.`, `io.docker.`, `org.dockerproject.`).
            Keys written with variables are checked with their values; a key that uses a variable no `ARG` or `ENV`
            declares (`LABEL build$id=1`) is reported as written, since its value comes from the base image or is empty.

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

            ## Differences from hadolint
            hadolint checks keys as written, so every `$` is an invalid character. Here a variable declared by `ARG` or
            `ENV` is replaced by its value (and a key whose value is not known statically is not judged); only a
            variable the Dockerfile never declares is reported, as hadolint does.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<LabelInstruction>(Check);

    private static void Check(LabelInstruction label, RuleContext context)
    {
        foreach (var pair in label.Pairs)
        {
            // A key with nothing to expand is its own value (most are): no scope, no expansion.
            string key = pair.Key.Text;
            if (!IsPlain(key, context.Syntax.EscapeCharacter))
            {
                var evaluated = context.Semantics.Evaluate(key, label);
                if (evaluated.Value is null)
                {
                    // A key built from a variable that no ARG or ENV declares depends on what the base image defines (or
                    // expands to nothing): the key as written is what the author sees, and `$` is not a key character.
                    var scope = context.Semantics.GetScope(label);
                    if (FirstUndeclared(evaluated.Expansion.UnresolvedNames, scope) is { } undeclared)
                        context.Report(pair.Key.Span, pair.Key.Text, $"it uses ${undeclared}, which no ARG or ENV declares");
                    continue;
                }
                key = evaluated.Value;
            }
            if (Problem(key) is { } problem) context.Report(pair.Key.Span, key, problem);
        }
    }

    private static bool IsPlain(string text, char escape)
    {
        foreach (char c in text)
            if (c is '$' or '\'' or '"' || c == escape) return false;
        return true;
    }

    private static string? FirstUndeclared(System.Collections.Immutable.ImmutableArray<string> names, Semantics.VariableScope scope)
    {
        foreach (var name in names)
            if (!scope.IsDeclared(name)) return name;
        return null;
    }

    private static string? Problem(string key)
    {
        if (key.Length == 0) return "it is empty";
        if (key[0] is not (>= 'a' and <= 'z')) return "it must start with a lower-case letter";
        if (key[^1] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return "it must end with a lower-case letter or a digit";
        foreach (char c in key)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-'))
                return "only lower-case letters, digits, '.' and '-' are allowed";
        if (key.Contains("..", StringComparison.Ordinal) || key.Contains("--", StringComparison.Ordinal))
            return "it must not contain '..' or '--'";
        foreach (var prefix in ReservedPrefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return "the namespace is reserved for Docker";
        return null;
    }
}
