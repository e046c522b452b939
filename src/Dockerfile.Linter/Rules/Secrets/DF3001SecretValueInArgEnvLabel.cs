using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3001: a secret value written into ARG, ENV or LABEL.</summary>
internal sealed class DF3001SecretValueInArgEnvLabel : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3001",
        Name = "secret-value-in-arg-env-label",
        Title = "Secret value in ARG, ENV or LABEL",
        MessageFormat = "{0} {1} holds {2} ('{3}') that ends up in {4}; pass it as a build secret (RUN --mount=type=secret) instead",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Looks at the values written in `ARG` defaults, `ENV` and `LABEL` and reports those that are secrets:
            well-known token formats (AWS access keys, GitHub, GitLab, Slack, Stripe, Google, npm, PyPI, Docker Hub
            tokens, private key blocks, JSON Web Tokens), passwords inside URLs and connection strings, long
            random-looking strings, and literal values of names that mean a password but that the name-based rules do
            not know (`ORACLE_PWD`, `LDAP_ROOTPASS`, `DB_PW`, `ADMIN_PASS`). Values that are variables, placeholders
            (`changeme`, `<token>`), paths, checksums, key fingerprints and versions are left alone. The message shows
            at most the first four characters of the value.

            ## Why
            `ENV` values are stored in the image configuration and visible to anyone who can pull the image
            (`docker inspect`) and to every process in every container. `ARG` values are recorded in the build history
            (`docker history`) of every image whose RUN steps used them. `LABEL`s are part of the image config too.
            A secret written there has leaked as soon as the image is pushed, and it also sits in the Dockerfile.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            ENV DATABASE_URL=postgres://app:Sup3rS3cret@db.internal:5432/app
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            # the URL is provided at run time: docker run -e DATABASE_URL=... image
            RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
            ```

            ## Differences from hadolint
            hadolint's DL3064 (and BuildKit's `SecretsUsedInArgOrEnv`) judge only the *name* of an ARG or ENV. This rule
            judges the *value*. To avoid a double report, a literal under a name DL3064 already reports
            (`DB_PASSWORD=hunter2`, `ADMIN_PASSWORD=${ADMIN_PASSWORD:-welcome1}`) is left to DL3064; this rule reports
            such a pair only when the value itself is a recognisable credential (a token format, a URL or connection
            string with a password), which is worth its own, stronger finding.
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<EnvInstruction>((env, context) => CheckPairs(env, env.Pairs, "ENV", "the image config", context));
        registrar.OnInstruction<LabelInstruction>((label, context) => CheckPairs(label, label.Pairs, "LABEL", "the image labels", context));
        registrar.OnInstruction<ArgInstruction>(CheckArg);
    }

    private static void CheckPairs(Instruction instruction, IEnumerable<KeyValue> pairs, string keyword, string place, RuleContext context)
    {
        foreach (var pair in pairs)
            Check(SecretValueText.Unquote(pair.Key).Value, pair.Value, keyword, place, context);
    }

    private static void CheckArg(ArgInstruction arg, RuleContext context)
    {
        foreach (var declaration in arg.Declarations)
            if (declaration.DefaultValue is { } value)
                Check(declaration.Name.Text, value, "ARG", "the build history", context);
    }

    private static void Check(string name, Word valueWord, string keyword, string place, RuleContext context)
    {
        var (value, offset) = SecretValueText.Unquote(valueWord);
        if (SecretScanner.ClassifyValue(name, value) is not { } finding) return;
        // A literal or random-looking value under a name DL3064 reports is that rule's finding already.
        bool onlyByName = finding.Kind is SecretKind.SecretAssignment or SecretKind.HighEntropyString;
        if (onlyByName && keyword != "LABEL" && NameRuleCoverage.IsCovered(name)) return;
        var span = SecretValueText.SpanOf(valueWord, offset, finding);
        context.MarkSecret(span);
        context.Report(span, keyword, name,
            SecretValueText.WithArticle(finding.Description), finding.Masked, place);
    }
}
