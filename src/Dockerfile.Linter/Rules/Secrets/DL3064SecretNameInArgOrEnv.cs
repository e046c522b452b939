using System.Buffers;
using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3064: an ARG or ENV whose name says it holds a secret.</summary>
internal sealed class DL3064SecretNameInArgOrEnv : Rule
{
    private static readonly char[] WordSeparators = ['_', '-', '.'];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3064",
        Name = "secret-name-in-arg-or-env",
        Title = "Do not pass secrets through ARG or ENV",
        MessageFormat = "Do not use ARG or ENV instructions for sensitive data ({0} {1})",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "It judges the variable's name only (1 of 12 findings was a real secret); DF3001 and DF3002 judge the value and are warnings.",
        Aliases = ["SecretsUsedInArgOrEnv"],
        Docs = """
            ## What it does
            Reports an `ARG` or `ENV` (also inside `ONBUILD`) whose **name** suggests a secret: a well-known secret
            variable (`AWS_SECRET_ACCESS_KEY`, `GITHUB_TOKEN`, `NPM_TOKEN`, `POSTGRES_PASSWORD`, …), a name with a
            word such as `password`, `passwd`, `secret`, `token`, `key`, `apikey`, `auth` or `credentials` (words are
            separated by `_`, `-` or `.`, case-insensitively), or one containing `api_key`, `client_key`,
            `private_key`, `password`, `secret` or `token`. Names that point to a secret rather than hold it, or that
            hold something public, are not reported: a word such as `file`, `path`, `dir`, `url`, `version`,
            `public`, `type`, `length`, `name`, `id` or `enabled` in the name (`PASSWORD_FILE`, `TOKEN_URL`,
            `PUBLIC_KEY`, `AUTH_TYPE`), GPG key fingerprints (`GPG_KEY`, `GPG_KEYS`), and variables whose known
            value is a switch (`yes`, `false`, `0`) or a file name (`/run/secrets/db`, `reset-password.sh`). In
            .NET-style hierarchical names (`Section__Sub__Key`) only `password`, `secret`, `token` and the like count,
            not `key`. Secret *values* are the business of other rules.

            ## Why
            `ENV` values are stored in the image configuration and `ARG` values in the build history; anyone who can
            pull the image can read them. Build secrets should be mounted for the one `RUN` that needs them.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            ARG NPM_TOKEN
            RUN npm ci
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
            ```

            ## Differences from hadolint
            This rule merges hadolint's list with BuildKit's `SecretsUsedInArgOrEnv` word rule and drops the
            entries of hadolint's list that are not secrets (`DOCKER_USERNAME`, `TRAVIS_OS_NAME`, `FACEBOOK_APP_ID`,
            …) as well as its `username` and bare `private` substrings. Names with a `file`, `path`, `url`,
            `version`, `public`, … word and GPG fingerprints are not reported, which removes the most common false
            positives of both tools.
            """,
    };

    private static readonly HashSet<string> KnownSecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
        "DOCKERHUB_PASSWORD", "DOCKER_PASSWORD", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN",
        "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN",
        "GITLAB_TOKEN", "HEROKU_API_KEY", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTSECRET",
        "OPENAI_API_KEY", "OS_PASSWORD", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "VAULT_CLIENT_KEY",
        "VAULT_TOKEN",
    };

    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token",
    };

    private static readonly string[] SecretFragments = ["api_key", "client_key", "private_key", "password", "secret", "token"];

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "files", "path", "dir", "url", "uri", "endpoint", "host", "version", "public", "type", "length",
        "name", "id", "enabled", "disabled", "required", "header", "prefix", "provider", "method", "mode",
    };

    private static readonly HashSet<string> FingerprintWords = new(StringComparer.OrdinalIgnoreCase) { "gpg", "pgp", "gnupg" };

    private static readonly HashSet<string> PrivateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "private", "secret", "passphrase", "password",
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<ArgInstruction>(CheckArg);
        registrar.OnInstruction<EnvInstruction>(CheckEnv);
    }

    private static void CheckArg(ArgInstruction arg, RuleContext context)
    {
        foreach (var declaration in arg.Declarations)
        {
            if (!LooksLikeSecret(declaration.Name.Text)) continue;
            string? value = declaration.DefaultValue is { } d ? context.Semantics.Expand(d, arg) : null;
            if (!IsClearlyNotSecret(value)) context.Report(declaration.Name.Span, "ARG", GoText.Quote(declaration.Name.Text));
        }
    }

    private static void CheckEnv(EnvInstruction env, RuleContext context)
    {
        foreach (var pair in env.Pairs)
        {
            string name = pair.Key.Text.Trim('"', '\'');
            if (!LooksLikeSecret(name) || IsClearlyNotSecret(context.Semantics.Expand(pair.Value, env))) continue;
            context.Report(pair.Key.Span, "ENV", GoText.Quote(name));
        }
    }

    /// <summary>A value that is a switch (<c>yes</c>, <c>false</c>, <c>0</c>) or a file name, so the name describes the secret rather than holds it.</summary>
    private static bool IsClearlyNotSecret(string? value)
    {
        if (value is null) return false;
        if (value.ToLowerInvariant() is "yes" or "no" or "true" or "false" or "on" or "off" or "0" or "1") return true;
        return value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) ||
               FileExtensions.Any(ext => value.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] FileExtensions = [".sh", ".py", ".txt", ".json", ".yaml", ".yml", ".conf", ".ini", ".pem", ".crt", ".properties", ".xml"];

    // Every known name, secret word and fragment holds one of these (in ASCII letter case), so an ASCII name holding
    // none of them is judged without splitting it (most ARG and ENV names).
    private static readonly SearchValues<string> SecretParts = SearchValues.Create(
        ["key", "auth", "credential", "pword", "passw", "secret", "token"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="name"/> looks like the name of a variable holding a secret.</summary>
    internal static bool LooksLikeSecret(string name) => MayLookLikeSecret(name) && LooksLikeSecretByWords(name);

    /// <summary>False when <see cref="LooksLikeSecretByWords"/> cannot be true: an ASCII name without a secret part.</summary>
    internal static bool MayLookLikeSecret(string name) => name.AsSpan().ContainsAny(SecretParts) || !Ascii.IsValid(name);

    /// <summary>The judgement of <see cref="LooksLikeSecret"/> by the name's words and fragments, without the shortcut.</summary>
    internal static bool LooksLikeSecretByWords(string name)
    {
        if (name.Length == 0 || name.Contains('$')) return false;
        if (KnownSecretNames.Contains(name)) return true;
        string[] words = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        bool hierarchical = name.Contains("__", StringComparison.Ordinal);
        if (words.Any(ReferenceWords.Contains)) return false;
        if (words.Any(FingerprintWords.Contains) && !words.Any(PrivateWords.Contains)) return false;
        if (!hierarchical && words.Any(SecretWords.Contains)) return true;
        string lower = name.ToLowerInvariant().Replace("tokeniz", "", StringComparison.Ordinal);
        return SecretFragments.Any(f => lower.Contains(f, StringComparison.Ordinal));
    }
}
